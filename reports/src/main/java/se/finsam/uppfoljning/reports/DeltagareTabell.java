package se.finsam.uppfoljning.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tabell 6 "Antal deltagare": per individinsats, participants enrolled and ended during the period,
 * ended during the whole insats period, and ongoing at its end, by sex, with the sums and the K/M
 * distribution as the last two rows.
 *
 * @param manader the period's months as the headings name them ("jan–juni")
 * @param slut    the period's end as the headings name it ("sista juni")
 * @param notering a line printed under the table (the public form's legend), or null
 */
public record DeltagareTabell(String manader, String slut, List<DeltagareRad> rader, String notering) implements PmTabell {

    public DeltagareTabell {
        Objects.requireNonNull(manader);
        Objects.requireNonNull(slut);
        rader = StatistikTabell.medBredd(6, 12, rader);
    }

    @Override
    public int nummer() {
        return 6;
    }

    @Override
    public Map<String, Object> parametrar() {
        Map<String, Object> p = new HashMap<>(Map.of("MANADER", manader, "SLUT", slut));
        if (notering != null) {
            p.put("NOTERING", notering);
        }
        return p;
    }
}
