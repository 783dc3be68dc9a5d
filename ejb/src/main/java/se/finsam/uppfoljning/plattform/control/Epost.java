package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends plain-text e-mail through the SMTP server in {@code uppfoljning.epost.smtp-host}. Without
 * one configured, mail is only logged (by recipient and subject), so a local run sends nothing.
 */
@ApplicationScoped
public class Epost {

    private static final Logger LOG = Logger.getLogger(Epost.class.getName());

    @Inject
    @ConfigProperty(name = "uppfoljning.epost.smtp-host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "uppfoljning.epost.smtp-port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "uppfoljning.epost.avsandare", defaultValue = "uppfoljning@samordningsforbund.example")
    String avsandare;

    public void send(String till, String amne, String text) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "E-post (ingen SMTP-server konfigurerad) till " + till + ": " + amne);
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress(avsandare));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(till));
            message.setSubject(amne, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("E-post till " + till + " kunde inte skickas", e);
        }
    }
}
