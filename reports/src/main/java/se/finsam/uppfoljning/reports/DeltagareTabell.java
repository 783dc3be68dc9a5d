package se.finsam.uppfoljning.reports;

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
 */
public record DeltagareTabell(String manader, String slut, List<DeltagareRad> rader) implements PmTabell {

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
        return Map.of("MANADER", manader, "SLUT", slut);
    }
}
