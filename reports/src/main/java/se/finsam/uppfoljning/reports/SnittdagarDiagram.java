package se.finsam.uppfoljning.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bar chart of average days enrolled per individinsats by sex (the H2 PM's "snittid i antal
 * dagar"), laid out by {@code pm-tabell-11}: the chart and, under it, the same figures as a table.
 * Not numbered in the PM's text; its XLSX sheet is "Snittdagar".
 *
 * @param uttag "Källa: SUS, uttag 2023-01-16" or null
 */
public record SnittdagarDiagram(String rubrik, String uttag, List<SnittdagarRad> rader) implements PmTabell {

    public static final int NUMMER = 11;

    public SnittdagarDiagram {
        Objects.requireNonNull(rubrik);
        rader = List.copyOf(Objects.requireNonNull(rader));
    }

    @Override
    public int nummer() {
        return NUMMER;
    }

    @Override
    public String arknamn() {
        return "Snittdagar";
    }

    @Override
    public Map<String, Object> parametrar() {
        Map<String, Object> p = new HashMap<>();
        p.put("RUBRIK", rubrik);
        if (uttag != null) {
            p.put("UTTAG", uttag);
        }
        return p;
    }
}
