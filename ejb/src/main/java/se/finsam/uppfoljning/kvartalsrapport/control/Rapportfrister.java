package se.finsam.uppfoljning.kvartalsrapport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;

/**
 * Deadlines of quarterly reports: by the förbund's rules one month after the quarter ends
 * ({@code uppfoljning.kvartalsrapport.frist-manader}), in Swedish time.
 */
@ApplicationScoped
public class Rapportfrister {

    @Inject
    @ConfigProperty(name = "uppfoljning.kvartalsrapport.frist-manader", defaultValue = "1")
    int manader;

    @Inject
    Kalender kalender;

    public LocalDate frist(Rapportperiod period) {
        return period.frist(manader);
    }

    public LocalDate idag() {
        return kalender.idag();
    }

    /** A report may be written from the first day of its quarter; not for quarters still to come. */
    public boolean isOpen(Rapportperiod period) {
        return !period.forstaDag().isAfter(idag());
    }
}
