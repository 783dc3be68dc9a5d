package se.finsam.uppfoljning.kvartalsrapport.control;

import java.time.LocalDate;
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

    public String text(int dagar) {
        return switch (this) {
            case FORE -> "om " + dagar + " dagar";
            case PA_DAGEN -> "i dag";
            case EFTER -> "för " + dagar + " dagar sedan";
        };
    }
}
