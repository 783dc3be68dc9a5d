package se.finsam.uppfoljning.deltagare.control;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Every share of participant statistics, in whole percent rounded half up, and "–" where the
 * denominator is zero (nobody to take a share of: the seeds' "0 %" there is a slip). The
 * action-plan total is the mean of the insatser that report a share, as the PMs compute "Ca 96 %".
 */
public final class Andel {

    public static final String INGET_VARDE = "–";

    private Andel() {
    }

    /** {@code del} of {@code helhet} in whole percent, or empty when {@code helhet} is 0. */
    public static OptionalInt procent(int del, int helhet) {
        if (del < 0 || helhet < 0) {
            throw new IllegalArgumentException("Ett antal kan inte vara negativt.");
        }
        if (helhet == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ((200L * del + helhet) / (2L * helhet)));
    }

    /** The share as the tables print it: {@code "48 %"} or {@code "–"}. */
    public static String text(OptionalInt procent) {
        return procent.isPresent() ? procent.getAsInt() + " %" : INGET_VARDE;
    }

    public static String text(int del, int helhet) {
        return text(procent(del, helhet));
    }

    /**
     * The mean of the shares that are reported (nulls left out), rounded half up; empty when none is.
     * "Ca 96 %" in the H1 PM is (100 + 100 + 100 + 100 + 78 + 100) / 6 with Arbetslivsintro's "–" left out.
     */
    public static OptionalInt medel(Collection<Integer> andelar) {
        int[] varden = andelar.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        if (varden.length == 0) {
            return OptionalInt.empty();
        }
        long summa = 0;
        for (int v : varden) {
            summa += v;
        }
        return OptionalInt.of((int) ((2 * summa + varden.length) / (2L * varden.length)));
    }
}
