package se.finsam.uppfoljning.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tabell 5 "Kvalitetssäkring": per insats, the answers to the quality questions of the question set
 * in force in the half-year's last quarter. The questions differ between years (and within 2022),
 * so the column headings come with the table: the layout has {@link #MAX_FRAGOR} answer columns and
 * prints as many as the set has questions.
 *
 * @param fragor the column headings, the questions' short titles in the set's order
 */
public record KvalitetTabell(List<String> fragor, List<KvalitetRad> rader) implements PmTabell {

    /** As many answer columns as fit beside the insats name on a portrait page. */
    public static final int MAX_FRAGOR = 10;

    public KvalitetTabell {
        fragor = List.copyOf(Objects.requireNonNull(fragor, "Tabell 5 behöver sina frågor."));
        rader = List.copyOf(Objects.requireNonNull(rader, "Tabell 5 behöver sina rader."));
        if (fragor.isEmpty() || fragor.size() > MAX_FRAGOR) {
            throw new IllegalArgumentException("Tabell 5 rymmer 1–" + MAX_FRAGOR + " frågor, inte " + fragor.size());
        }
        for (KvalitetRad rad : rader) {
            if (rad.antalSvar() != fragor.size()) {
                throw new IllegalArgumentException(rad.getNamn() + " har " + rad.antalSvar() + " svar på "
                        + fragor.size() + " frågor.");
            }
        }
    }

    @Override
    public int nummer() {
        return 5;
    }

    @Override
    public Map<String, Object> parametrar() {
        Map<String, Object> p = new HashMap<>();
        p.put("ANTAL_FRAGOR", fragor.size());
        for (int i = 0; i < fragor.size(); i++) {
            p.put("FRAGA_" + (i + 1), fragor.get(i));
        }
        return p;
    }
}
