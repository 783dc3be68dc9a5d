package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.MalgruppRad;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Snittdagar;
import se.finsam.uppfoljning.reports.DeltagareRad;
import se.finsam.uppfoljning.reports.PmTabell;
import se.finsam.uppfoljning.reports.SnittdagarDiagram;
import se.finsam.uppfoljning.reports.SnittdagarRad;
import se.finsam.uppfoljning.reports.StatistikTabell;
import se.finsam.uppfoljning.reports.SwedishFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The target group ("Målgrupp") and the bar chart of average days enrolled by sex per insats, as the
 * PM prints them, from the deltagare component's {@link Deltagartabellerna.Malgrupp} (every count and
 * share computed there; here only laid out and put into sentences). Each is left out when its data
 * is: no target group reported, or no insats with an average.
 */
final class Malgruppstabeller {

    private Malgruppstabeller() {
    }

    /** The target group table and the chart, in that order, as far as there is data for them. */
    static List<PmTabell> tabeller(Deltagartabellerna d) {
        List<PmTabell> tabeller = new ArrayList<>();
        malgrupp(d).ifPresent(tabeller::add);
        snittdagar(d).ifPresent(tabeller::add);
        return tabeller;
    }

    /**
     * "Samtliga inskrivna" (K, M, S:a), the K/M distribution, then per dimension (age, years on public
     * support, education) its heading and each category with K, M, S:a, its share of the whole and the
     * share of män within it; under the table the sentences the PM writes and the SUS extraction.
     */
    static Optional<StatistikTabell> malgrupp(Deltagartabellerna d) {
        Deltagartabellerna.Malgrupp m = d.malgrupp();
        if (m == null || m.antal().summa() == 0) {
            return Optional.empty();
        }
        List<DeltagareRad> rader = new ArrayList<>();
        rader.add(new DeltagareRad("Samtliga inskrivna:", true, List.of(antal(m.antal().k()), antal(m.antal().m()),
                antal(m.antal().summa()), "", "")));
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true, List.of(procent(m.fordelning().k()),
                procent(m.fordelning().m()), "", "", "")));
        String dimension = null;
        for (MalgruppRad r : m.kategorier()) {
            if (!r.dimension().equals(dimension)) {
                dimension = r.dimension();
                rader.add(new DeltagareRad(r.dimensionRubrik(), true, List.of("", "", "", "", "")));
            }
            Km a = r.antal();
            rader.add(new DeltagareRad(r.benamning(), false, List.of(antal(a.k()), antal(a.m()), antal(a.summa()),
                    procent(r.andel()), procent(r.andelMan()))));
        }
        return Optional.of(new StatistikTabell(StatistikTabell.MALGRUPP, "Målgrupp", null, uttag(m.uttagsdatum()),
                meningar(m), rader));
    }

    /** The chart of the insatser that report an average for either sex; none when no insats does. */
    static Optional<SnittdagarDiagram> snittdagar(Deltagartabellerna d) {
        if (d.malgrupp() == null) {
            return Optional.empty();
        }
        List<SnittdagarRad> rader = d.malgrupp().snittdagar().stream().filter(s -> s.k() != null || s.m() != null)
                .map(s -> new SnittdagarRad(s.insats(), s.k(), s.m())).toList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SnittdagarDiagram("Snittid i antal dagar inskrivna per insats, fördelat på kön",
                uttag(d.malgrupp().uttagsdatum()), rader));
    }

    /**
     * The sentences the PMs write about the target group, from the computed shares: the K/M
     * distribution, the share under 30, the share with public support three years or more, and the
     * education shares. A sentence whose category is not reported is left out.
     */
    static String meningar(Deltagartabellerna.Malgrupp m) {
        List<String> s = new ArrayList<>();
        s.add(procent(m.fordelning().k()) + " är kvinnor och " + procent(m.fordelning().m()) + " är män.");
        andel(m, "ALDER_UNDER_30").ifPresent(p -> s.add(p + " är yngre än 30 år."));
        andel(m, "FORSORJNING_3_AR_ELLER_MER").ifPresent(p -> s.add(p + " har haft offentlig försörjning i 3 år eller mer."));
        andel(m, "UTBILDNING_GRUNDSKOLA").ifPresent(p -> s.add(p + " har högst grundskola som högsta avslutade utbildning."));
        andel(m, "UTBILDNING_GYMNASIUM").ifPresent(p -> s.add(p + " har gymnasium som högsta avslutade utbildning."));
        andel(m, "UTBILDNING_EFTERGYMNASIAL").ifPresent(p -> s.add(p + " har någon form av eftergymnasial utbildning."));
        andel(m, "UTBILDNING_OKAND").ifPresent(p -> s.add(p + " saknar eller har okänd utbildningsbakgrund."));
        return String.join(" ", s);
    }

    private static Optional<String> andel(Deltagartabellerna.Malgrupp m, String kategori) {
        return m.kategorier().stream().filter(r -> r.kategori().equals(kategori)).findFirst()
                .map(MalgruppRad::andel).filter(p -> p != null && p.varde() != null).map(Malgruppstabeller::procent);
    }

    private static String antal(int n) {
        return SwedishFormat.integer(n);
    }

    private static String procent(Procent p) {
        return p == null || p.varde() == null ? SwedishFormat.NONE : SwedishFormat.percent(p.varde());
    }

    private static String uttag(List<LocalDate> datum) {
        if (datum == null || datum.isEmpty()) {
            return null;
        }
        return "Källa: SUS, uttag " + datum.stream().filter(Objects::nonNull).map(SwedishFormat::date).collect(Collectors.joining(", "));
    }
}
