package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tabell 1 "Insatser": every insats running during the half-year, grouped by kind in the order
 * given, with an asterisk on the end date of those extended during the half-year and the footnote
 * that explains it (the footnote's words name the decision, so the PM supplies them).
 */
public record InsatserTabell(List<InsatsRad> rader, String forlangningFotnot) implements PmTabell {

    public InsatserTabell {
        rader = List.copyOf(Objects.requireNonNull(rader, "Tabell 1 behöver sina rader."));
    }

    @Override
    public int nummer() {
        return 1;
    }

    @Override
    public Map<String, Object> parametrar() {
        // Map.of refuses null: an absent footnote is simply not passed and the layout prints none
        return forlangningFotnot == null ? Map.of() : Map.of("FORLANGNING_FOTNOT", forlangningFotnot);
    }
}
