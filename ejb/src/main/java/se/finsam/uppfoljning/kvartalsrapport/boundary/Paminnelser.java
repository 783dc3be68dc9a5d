package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.kvartalsrapport.control.Paminnelsebrev;
import se.finsam.uppfoljning.kvartalsrapport.control.Paminnelseregel;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportfrister;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Epost;
import se.finsam.uppfoljning.plattform.control.Jobbkorningar;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.KeycloakAdmin;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds rapportörer by e-mail of reports not yet submitted: N days before the deadline, on it and
 * N days after ({@code uppfoljning.paminnelse.dagar}, default 7). Runs every morning, once per day
 * however many nodes fire the timer ({@link Jobbkorningar}); the office can also run it for a given
 * day (for its förbund, as often as it asks).
 */
@Stateless
public class Paminnelser {

    private static final Logger LOG = Logger.getLogger(Paminnelser.class.getName());

    @Inject
    Rapportfrister frister;

    @Inject
    Rapporter rapporter;

    @Inject
    InsatsLookup insatsLookup;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Epost epost;

    @Inject
    @ConfigProperty(name = "uppfoljning.paminnelse.dagar", defaultValue = "7")
    int dagar;

    @Inject
    @ConfigProperty(name = "uppfoljning.publik-url", defaultValue = "http://localhost:8080/uppfoljning")
    String publikUrl;

    /** The job's name in {@code jobbkorning}. */
    static final String MORGONKORNING = "paminnelser";

    @Inject
    Jobbkorningar jobbkorningar;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void everyMorning() {
        morgonkorning(frister.idag());
    }

    /**
     * The system administrator makes up a missed morning (the service was down at 7): the same run,
     * and just as once per day.
     */
    public Optional<Integer> morgonkorning(@NotNull Caller caller, @NotNull LocalDate dag) {
        if (!caller.has(Roll.SYSTEMADMIN)) {
            throw UppfoljningException.of(PlattformFel.ROLL_TILLATER_INTE);
        }
        return morgonkorning(dag);
    }

    /**
     * The morning's run for every förbund, for a given day: done by the first node that asks and
     * never again for that day. Empty when it had already been done (by this node or another).
     */
    private Optional<Integer> morgonkorning(LocalDate dag) {
        if (!jobbkorningar.tillMig(MORGONKORNING, dag)) {
            LOG.info(() -> "Påminnelserna för " + dag + " är redan skickade av en annan nod");
            return Optional.empty();
        }
        int sent = send(insatsLookup.alla(), dag);
        LOG.info(() -> "Påminnelser skickade för " + dag + ": " + sent);
        return Optional.of(sent);
    }

    /** The office runs the reminders of its own förbund for a given day; returns how many were sent. */
    public int skicka(@NotNull Caller caller, @NotNull LocalDate dag) {
        Atkomst.requireReviewer(caller);
        return send(insatsLookup.allaAv(new ForbundKod(Atkomst.forbund(caller))), dag);
    }

    private int send(List<Insats> insatser, LocalDate dag) {
        int sent = 0;
        Rapportperiod nu = Rapportperiod.containing(dag);
        for (Insats insats : insatser) {
            for (Rapportperiod p : List.of(nu.foregaende().foregaende(), nu.foregaende(), nu)) {
                LocalDate frist = frister.frist(p);
                Optional<Paminnelseregel> regel = Paminnelseregel.on(dag, frist, dagar);
                if (regel.isEmpty() || !insats.runsDuring(p.forstaDag(), p.sistaDag()) || submitted(insats, p)) {
                    continue;
                }
                for (Tilldelning t : insats.tilldelningar()) {
                    if (Tilldelning.RAPPORTOR.equals(t.roll()) && remind(insats, p, frist, regel.get(), t.anvandare())) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean remind(Insats insats, Rapportperiod p, LocalDate frist, Paminnelseregel regel, String anvandare) {
        try {
            Optional<KeycloakAdmin.Mottagare> mottagare = keycloak.mottagare(anvandare);
            if (mottagare.isEmpty()) {
                return false;
            }
            Paminnelsebrev.Brev brev = Paminnelsebrev.skriv(mottagare.get().sprak().orElse("sv"), regel, dagar,
                    insats.namn() + ", " + p.ar(), p.kvartal(), frist,
                    publikUrl + "/kvartalsrapport.xhtml?insats=" + insats.id() + "&ar=" + p.ar() + "&kvartal=" + p.kvartal());
            epost.send(mottagare.get().email(), brev.amne(), brev.text());
            return true;
        } catch (RuntimeException e) {
            // one failed reminder must not stop the others; the next run tries again
            LOG.log(Level.WARNING, "Påminnelse till " + anvandare + " kunde inte skickas", e);
            return false;
        }
    }

    private boolean submitted(Insats insats, Rapportperiod p) {
        return rapporter.findForReading(insats, p).filter(r -> !r.status().editable()).isPresent();
    }
}
