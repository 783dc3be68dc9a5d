package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tabell 4 "Prognos och utfall budget" in the PM's two forms: the first half-year's PM shows the
 * half-year (utfall, budget, kvot) and a note; the second half-year's adds the whole year so far
 * ("ack"), the year's kvot and the carry-over to the next year ("Överf till &lt;år+1&gt;").
 *
 * @param ar      the PM's year; the column headings name it
 * @param helar   true for the second half-year's form
 */
public record BudgetTabell(int ar, boolean helar, List<BudgetRad> rader) implements PmTabell {

    public BudgetTabell {
        rader = List.copyOf(Objects.requireNonNull(rader, "Tabell 4 behöver sina rader."));
    }

    @Override
    public int nummer() {
        return 4;
    }

    @Override
    public Map<String, Object> parametrar() {
        // the year as text: a number would be grouped by the Swedish locale ("2 022")
        return Map.of("HELAR", helar, "AR", Integer.toString(ar), "NASTA_AR", Integer.toString(ar + 1));
    }
}
