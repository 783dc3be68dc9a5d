package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which question set a quarter's report uses: the newest set that has started by the quarter. A set
 * applies from its year and quarter until a newer one starts, across year ends, because the office
 * does not write a new set every year. Empty only when no set has started yet; the report page then
 * says so instead of showing an empty section.
 */
public final class Fragebatteriregel {

    private Fragebatteriregel() {
    }

    public static Optional<Fragebatteri> iKraft(Collection<Fragebatteri> sets, Rapportperiod period) {
        return iKraft(sets, Fragebatteri::gallerFran, period);
    }

    /** The same rule over anything that knows when its set starts (the cache keeps only that and the id). */
    public static <T> Optional<T> iKraft(Collection<T> sets, Function<T, Rapportperiod> gallerFran, Rapportperiod period) {
        return sets.stream()
                .filter(f -> gallerFran.apply(f).compareTo(period) <= 0)
                .max(Comparator.comparing(gallerFran));
    }
}
