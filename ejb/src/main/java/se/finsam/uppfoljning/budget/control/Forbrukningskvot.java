package se.finsam.uppfoljning.budget.control;

import se.finsam.uppfoljning.budget.entity.Belopp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Förbrukningskvot = utfall / budget, as a whole percent rounded half up (the PMs print 54.95 % as
 * 55 %). Computed from the exact amounts, never from rounded TSEK. A budget of zero has no kvot:
 * it reads "–".
 */
public record Forbrukningskvot(Optional<Integer> procent) {

    public static final String SAKNAS = "–";

    public static Forbrukningskvot of(Belopp utfall, Belopp budget) {
        if (budget.isZero()) {
            return new Forbrukningskvot(Optional.empty());
        }
        BigDecimal kvot = BigDecimal.valueOf(utfall.ore()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(budget.ore()), 0, RoundingMode.HALF_UP);
        return new Forbrukningskvot(Optional.of(kvot.intValueExact()));
    }

    /** Between the number and the sign: a non-breaking space, as Swedish writes it and the PM documents print it. */
    public static final String NBSP = "\u00a0";

    /**
     * In Swedish: "96 %" (non-breaking space, the same text as the PM documents' {@code SwedishFormat}), or
     * "–". The 2022 PMs, typed by hand, print "96%".
     */
    public String text() {
        return procent.map(p -> p + NBSP + "%").orElse(SAKNAS);
    }
}
