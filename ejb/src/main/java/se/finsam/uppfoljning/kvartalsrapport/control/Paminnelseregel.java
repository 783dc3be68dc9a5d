package se.finsam.uppfoljning.kvartalsrapport.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * When a rapportör is reminded of a report not yet submitted: {@code dagar} days before the deadline,
 * on the deadline, and {@code dagar} days after it.
 */
public enum Paminnelseregel {
    FORE, PA_DAGEN, EFTER;

    public static Optional<Paminnelseregel> on(LocalDate dag, LocalDate frist, int dagar) {
        if (dag.equals(frist.minusDays(dagar))) {
            return Optional.of(FORE);
        }
        if (dag.equals(frist)) {
            return Optional.of(PA_DAGEN);
        }
        if (dag.equals(frist.plusDays(dagar))) {
            return Optional.of(EFTER);
        }
        return Optional.empty();
    }

    /** When the deadline is, seen from the reminder's day, in Swedish: "om 7 dagar". */
    public String text(int dagar) {
        return text(dagar, Locale.forLanguageTag("sv"));
    }

    public String text(int dagar, Locale locale) {
        return Paminnelsebrev.ord(locale, "regel." + name(), dagar);
    }
}
