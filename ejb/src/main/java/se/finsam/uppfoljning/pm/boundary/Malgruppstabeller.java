package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.MalgruppRad;
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
    static List<PmTabell> tabeller(Deltagartabellerna d, Skyddsplan skydd) {
        List<PmTabell> tabeller = new ArrayList<>();
        malgrupp(d, skydd).ifPresent(tabeller::add);
        snittdagar(d, skydd).ifPresent(tabeller::add);
        return tabeller;
    }

    /**
     * "Samtliga inskrivna" (K, M, S:a), the K/M distribution, then per dimension (age, years on public
     * support, education) its heading and each category with K, M, S:a, its share of the whole and the
     * share of män within it; under the table the sentences the PM writes and the SUS extraction.
     */
    static Optional<StatistikTabell> malgrupp(Deltagartabellerna d, Skyddsplan skydd) {
        Deltagartabellerna.Malgrupp m = d.malgrupp();
        if (m == null || m.antal().summa() == 0) {
            return Optional.empty();
        }
        List<DeltagareRad> rader = new ArrayList<>();
        List<String> samtliga = new ArrayList<>(skydd.km("mg.summa", m.antal()));
        samtliga.addAll(List.of("", ""));
        rader.add(new DeltagareRad("Samtliga inskrivna:", true, samtliga));
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true, List.of(skydd.andel(m.fordelning().k(), "mg.summa.k", "mg.summa.s"),
                skydd.andel(m.fordelning().m(), "mg.summa.m", "mg.summa.s"), "", "", "")));
        String dimension = null;
        for (int i = 0; i < m.kategorier().size(); i++) {
            MalgruppRad r = m.kategorier().get(i);
            if (!r.dimension().equals(dimension)) {
                dimension = r.dimension();
                rader.add(new DeltagareRad(r.dimensionRubrik(), true, List.of("", "", "", "", "")));
            }
            List<String> celler = new ArrayList<>(skydd.km("mg." + i, r.antal()));
            celler.add(skydd.andel(r.andel(), "mg." + i + ".s", "mg.summa.s"));
            celler.add(skydd.andel(r.andelMan(), "mg." + i + ".m", "mg." + i + ".s"));
            rader.add(new DeltagareRad(r.benamning(), false, celler));
        }
        return Optional.of(new StatistikTabell(StatistikTabell.MALGRUPP, "Målgrupp", null, uttag(m.uttagsdatum()),
                skydd.medLegend(meningar(m, skydd), "mg"), rader));
    }

    /** The chart of the insatser that report an average for either sex; none when no insats does. */
    static Optional<SnittdagarDiagram> snittdagar(Deltagartabellerna d, Skyddsplan skydd) {
        if (d.malgrupp() == null) {
            return Optional.empty();
        }
        // an average over a few people tells about them: the public edition leaves out a sex's bar
        // where table 6 hides that sex's enrolled or ongoing count of the insats
        List<SnittdagarRad> rader = d.malgrupp().snittdagar().stream()
                .map(s -> new SnittdagarRad(s.insats(), dolt(skydd, d, s.insatsId(), "k") ? null : s.k(),
                        dolt(skydd, d, s.insatsId(), "m") ? null : s.m()))
                .filter(s -> s.getKvinnor() != null || s.getMan() != null).toList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SnittdagarDiagram("Snittid i antal dagar inskrivna per insats, fördelat på kön",
                uttag(d.malgrupp().uttagsdatum()), rader));
    }

    /** Whether table 6 hides the insats' enrolled or ongoing count of the sex ("k" or "m"). */
    private static boolean dolt(Skyddsplan skydd, Deltagartabellerna d, long insatsId, String kon) {
        String rad = "." + Skyddsplan.rad6(d, insatsId) + "." + kon;
        return skydd.dold("6.inregistrerade" + rad) || skydd.dold("6.pagaende" + rad);
    }

    /**
     * The sentences the PMs write about the target group, from the computed shares: the K/M
     * distribution, the share under 30, the share with public support three years or more, and the
     * education shares. A sentence whose category is not reported is left out.
     */
    static String meningar(Deltagartabellerna.Malgrupp m, Skyddsplan skydd) {
        List<String> s = new ArrayList<>();
        String k = skydd.andel(m.fordelning().k(), "mg.summa.k", "mg.summa.s");
        if (!Skyddsplan.DOLD.equals(k)) {
            s.add(k + " är kvinnor och " + skydd.andel(m.fordelning().m(), "mg.summa.m", "mg.summa.s") + " är män.");
        }
        andel(m, skydd, "ALDER_UNDER_30").ifPresent(p -> s.add(p + " är yngre än 30 år."));
        andel(m, skydd, "FORSORJNING_3_AR_ELLER_MER").ifPresent(p -> s.add(p + " har haft offentlig försörjning i 3 år eller mer."));
        andel(m, skydd, "UTBILDNING_GRUNDSKOLA").ifPresent(p -> s.add(p + " har högst grundskola som högsta avslutade utbildning."));
        andel(m, skydd, "UTBILDNING_GYMNASIUM").ifPresent(p -> s.add(p + " har gymnasium som högsta avslutade utbildning."));
        andel(m, skydd, "UTBILDNING_EFTERGYMNASIAL").ifPresent(p -> s.add(p + " har någon form av eftergymnasial utbildning."));
        andel(m, skydd, "UTBILDNING_OKAND").ifPresent(p -> s.add(p + " saknar eller har okänd utbildningsbakgrund."));
        return String.join(" ", s);
    }

    /** A category's share for a sentence; none where it is not reported or the public form hides it. */
    private static Optional<String> andel(Deltagartabellerna.Malgrupp m, Skyddsplan skydd, String kategori) {
        for (int i = 0; i < m.kategorier().size(); i++) {
            MalgruppRad r = m.kategorier().get(i);
            if (r.kategori().equals(kategori) && r.andel() != null && r.andel().varde() != null) {
                String andel = skydd.andel(r.andel(), "mg." + i + ".s", "mg.summa.s");
                return Skyddsplan.DOLD.equals(andel) ? Optional.empty() : Optional.of(andel);
            }
        }
        return Optional.empty();
    }

    private static String uttag(List<LocalDate> datum) {
        if (datum == null || datum.isEmpty()) {
            return null;
        }
        return "Källa: SUS, uttag " + datum.stream().filter(Objects::nonNull).map(SwedishFormat::date).collect(Collectors.joining(", "));
    }
}
