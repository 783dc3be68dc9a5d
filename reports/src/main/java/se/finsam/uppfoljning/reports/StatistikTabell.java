package se.finsam.uppfoljning.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tables 7–9 of the PM's participant statistics: rows of formatted cells ({@link DeltagareRad}), the
 * SUS extraction the figures come from (printed under the table) and, for table 7, a sentence under
 * it (the anonymous registrations). Which table it is follows from its number: 7 "Utfall för
 * deltagare" (K/M/S:a to work or studies, their shares, the action-plan share), 8 "Antal anonyma
 * individer", 9 "Avslutningsanledningar", {@link #MALGRUPP} the target group.
 *
 * @param slut   the period's end as the headings name it ("sista juni")
 * @param uttag  "Källa: SUS, uttag 2022-07-05" or null when the figures name no extraction
 * @param notering a sentence printed under the table, or null
 */
public record StatistikTabell(int nummer, String rubrik, String slut, String uttag, String notering, List<DeltagareRad> rader)
        implements PmTabell {


    /**
     * The target group ("Målgrupp"), laid out by pm-tabell-10 and not numbered in the PM's text: per
     * category K, M, S:a, its share of the target group and the share of män within it.
     */
    public static final int MALGRUPP = 10;

    /** The cells per row of tables 7, 8 and 9 and of the target group. */
    static final Map<Integer, Integer> BREDD = Map.of(7, 7, 8, 1, 9, 3, MALGRUPP, 5);

    public StatistikTabell {
        Integer bredd = BREDD.get(nummer);
        if (bredd == null) {
            throw new IllegalArgumentException("Ingen statistiktabell har nummer " + nummer);
        }
        Objects.requireNonNull(rubrik);
        rader = medBredd(nummer, bredd, rader);
    }

    /** The rows, each of exactly {@code bredd} cells. */
    static List<DeltagareRad> medBredd(int nummer, int bredd, List<DeltagareRad> rader) {
        Objects.requireNonNull(rader, "Tabell " + nummer + " behöver sina rader.");
        for (DeltagareRad rad : rader) {
            if (rad.bredd() != bredd) {
                throw new IllegalArgumentException("Tabell " + nummer + " har " + bredd + " celler per rad, inte " + rad.bredd());
            }
        }
        return List.copyOf(rader);
    }

    @Override
    public String arknamn() {
        return nummer == MALGRUPP ? "Målgrupp" : PmTabell.super.arknamn();
    }

    @Override
    public Map<String, Object> parametrar() {
        Map<String, Object> p = new HashMap<>();
        p.put("RUBRIK", rubrik);
        p.put("SLUT", slut == null ? "" : slut);
        if (uttag != null) {
            p.put("UTTAG", uttag);
        }
        if (notering != null) {
            p.put("NOTERING", notering);
        }
        return p;
    }
}
