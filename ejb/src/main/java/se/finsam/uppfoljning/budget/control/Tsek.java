package se.finsam.uppfoljning.budget.control;

import se.finsam.uppfoljning.budget.entity.Belopp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one presentation rule for amounts in thousands of kronor (TSEK): round half up to a whole
 * TSEK (1 337 500 kr → 1 338). Only for showing; sums and kvoter are computed from exact amounts
 * first and rounded last, so a column of TSEK need not add up to its rounded total.
 */
public final class Tsek {

    private static final BigDecimal ORE_PER_TSEK = BigDecimal.valueOf(100_000);

    private Tsek() {
    }

    public static long of(Belopp belopp) {
        return BigDecimal.valueOf(belopp.ore()).divide(ORE_PER_TSEK, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
