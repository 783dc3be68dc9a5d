package se.finsam.uppfoljning.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.devstack.ItStack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invited person's side of an invitation: the e-mail Keycloak sent to the tests' SMTP server, its
 * link opened in the browser, and the password chosen on Keycloak's pages.
 */
public final class Invitations {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private Invitations() {
    }

    /** The link of the newest invitation mailed to {@code email}. */
    public static String link(String email) {
        List<Message> mails = Arrays.stream(ItStack.mail().getReceivedMessages()).filter(m -> sentTo(m, email))
                .map(Message.class::cast).toList();
        if (mails.isEmpty()) {
            throw new AssertionError("Inget e-postmeddelande till " + email);
        }
        String text = text(mails.get(mails.size() - 1));
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("Ingen länk i meddelandet till " + email + ":\n" + text);
        }
        return m.group().replace("&amp;", "&");
    }

    /**
     * Opens the link and sets the password. Keycloak may first show what the link will do with a link
     * onward; then its form for the new password; then that the account is updated.
     */
    public static void accept(WebDriver browser, String email, String password) {
        browser.get(link(email));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.cssSelector("#kc-info-message a, .instruction a")).isEmpty());
        List<WebElement> onward = browser.findElements(By.cssSelector("#kc-info-message a, .instruction a"));
        if (browser.findElements(By.id("password-new")).isEmpty() && !onward.isEmpty()) {
            onward.get(0).click();
        }
        wait.until(d -> !d.findElements(By.id("password-new")).isEmpty());
        browser.findElement(By.id("password-new")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.cssSelector("input[type=submit], button[type=submit]")).click();
        wait.until(d -> d.findElements(By.id("password-new")).isEmpty());
    }

    private static boolean sentTo(Message m, String email) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text part, so that quoted-printable does not break the link. */
    private static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart p = multipart.getBodyPart(i);
                    all.append(text(p)).append('\n');
                }
                return all.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
