package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

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
        return sets.stream()
                .filter(f -> f.gallerFran().compareTo(period) <= 0)
                .max(Comparator.comparing(Fragebatteri::gallerFran));
    }
}
