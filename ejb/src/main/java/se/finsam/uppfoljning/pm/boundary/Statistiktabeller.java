package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.reports.DeltagareRad;
import se.finsam.uppfoljning.reports.DeltagareTabell;
import se.finsam.uppfoljning.reports.PmTabell;
import se.finsam.uppfoljning.reports.StatistikTabell;
import se.finsam.uppfoljning.reports.SwedishFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tables 6–9 of the PM as it prints them, from the deltagare component's tables (every figure
 * computed there; here only formatted): 6 participants, 7 ended to work and/or studies with the
 * shares ("–" where nobody ended), 8 anonymous registrations, 9 termination reasons. A table
 * without rows is left out. Each of 7–9 names the SUS extraction it comes from under the table.
 */
final class Statistiktabeller {

    private Statistiktabeller() {
    }

    static List<PmTabell> tabeller(Deltagartabellerna d) {
        return tabeller(d, Skyddsplan.INGEN);
    }

    /** The tables with the counts and shares the plan hides as "..", each such table with the legend. */
    static List<PmTabell> tabeller(Deltagartabellerna d, Skyddsplan skydd) {
        List<PmTabell> tabeller = new ArrayList<>();
        if (!d.deltagare().rader().isEmpty()) {
            tabeller.add(tabell6(d, skydd));
        }
        if (d.utfall() != null && !d.utfall().rader().isEmpty()) {
            tabeller.add(tabell7(d, skydd));
        }
        if (d.anonyma() != null && !d.anonyma().rader().isEmpty()) {
            tabeller.add(tabell8(d, skydd));
        }
        if (d.avslutningsanledningar() != null && !d.avslutningsanledningar().rader().isEmpty()) {
            tabeller.add(tabell9(d, skydd));
        }
        // the target group and the bar chart of average days enrolled by sex (Malgruppstabeller)
        tabeller.addAll(Malgruppstabeller.tabeller(d, skydd));
        return tabeller;
    }

    /** Table 6: a row per insats, then "Summa:" and "Fördelning kvinnor/män:". */
    static DeltagareTabell tabell6(Deltagartabellerna d, Skyddsplan skydd) {
        Deltagartabellerna.Tabell6 t = d.deltagare();
        List<DeltagareRad> rader = new ArrayList<>();
        for (int i = 0; i < t.rader().size(); i++) {
            Deltagartabellerna.Rad6 r = t.rader().get(i);
            rader.add(new DeltagareRad(r.insats(), false, antal(skydd, "6", String.valueOf(i),
                    r.inregistrerade(), r.avslutade(), r.avslutadeHelaPerioden(), r.pagaende())));
        }
        rader.add(new DeltagareRad("Summa:", true, antal(skydd, "6", "summa",
                t.inregistrerade(), t.avslutade(), t.avslutadeHelaPerioden(), t.pagaende())));
        List<String> fordelning = new ArrayList<>();
        List<Deltagartabellerna.Fordelning> f = List.of(t.fordelningInregistrerade(), t.fordelningAvslutade(),
                t.fordelningAvslutadeHelaPerioden(), t.fordelningPagaende());
        for (int g = 0; g < Skyddsplan.GRUPPER6.size(); g++) {
            String summa = "6." + Skyddsplan.GRUPPER6.get(g).namn() + ".summa";
            fordelning.addAll(List.of(skydd.andel(f.get(g).k(), summa + ".k", summa + ".s"),
                    skydd.andel(f.get(g).m(), summa + ".m", summa + ".s"), ""));
        }
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true, fordelning));
        return new DeltagareTabell(d.manader(), slut(d), rader, skydd.medLegend(null, "6"));
    }

    /**
     * Table 7: per insats K, M, S:a to work and/or studies, their shares of the ended and the
     * action-plan share; then the sums with "Ca" before the mean action-plan share, and the K/M
     * distribution; under it the anonymous registrations, when there are any. A share is hidden with
     * its count or with the ended of table 6 it is a share of.
     */
    static StatistikTabell tabell7(Deltagartabellerna d, Skyddsplan skydd) {
        Deltagartabellerna.Utfall u = d.utfall();
        List<DeltagareRad> rader = new ArrayList<>();
        for (int i = 0; i < u.rader().size(); i++) {
            Deltagartabellerna.UtfallRad r = u.rader().get(i);
            rader.add(new DeltagareRad(r.insats(), false, utfall(skydd, String.valueOf(i), Skyddsplan.rad6(d, r.insatsId()), r.arbeteStudier(),
                    r.andelK(), r.andelM(), r.andelS(), procent(r.handlingsplan()))));
        }
        String plan = u.handlingsplan().varde() == null ? SwedishFormat.NONE : "Ca " + procent(u.handlingsplan());
        rader.add(new DeltagareRad("Summa:", true, utfall(skydd, "summa", "summa", u.arbeteStudier(), u.andelK(), u.andelM(),
                u.andelS(), plan)));
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true,
                List.of(skydd.andel(u.fordelning().k(), "7.summa.k", "7.summa.s"),
                        skydd.andel(u.fordelning().m(), "7.summa.m", "7.summa.s"), "", "", "", "", "")));
        return new StatistikTabell(7, "Tabell 7. Utfall för deltagare, antal och andel till arbete och studier samt med handlingsplan",
                slut(d), uttag(u.uttagsdatum()), skydd.medLegend(null, "7"), rader);
    }

    /** Table 8: the anonymous registrations per insats and "Totalt:", with the sentence on what they are. */
    static StatistikTabell tabell8(Deltagartabellerna d, Skyddsplan skydd) {
        Deltagartabellerna.Anonyma a = d.anonyma();
        List<DeltagareRad> rader = new ArrayList<>();
        for (int i = 0; i < a.rader().size(); i++) {
            rader.add(new DeltagareRad(a.rader().get(i).insats(), false, List.of(skydd.antal("8." + i, a.rader().get(i).antal()))));
        }
        String totalt = skydd.antal("8.totalt", a.totalt());
        rader.add(new DeltagareRad("Totalt:", true, List.of(totalt)));
        String notering = a.totalt() == 0 ? null : "Utöver deltagarna med personuppgifter har "
                + (skydd.dold("8.totalt") ? "några" : totalt)
                + " deltagare registrerats anonymt. Anonymt registrerad blir en deltagare som ej lämnat samtycke till att "
                + "lämna personuppgifter eller har skyddade personuppgifter; för den individen går inget utfall att följa.";
        return new StatistikTabell(8, "Tabell 8. Antal anonyma individer registrerade i insatserna", slut(d) + " " + d.ar(),
                null, skydd.medLegend(notering, "8"), rader);
    }

    /** Table 9: K, M, S:a per termination reason in the code list's order, the computed sums bold. */
    static StatistikTabell tabell9(Deltagartabellerna d, Skyddsplan skydd) {
        Deltagartabellerna.Avslutningsanledningar t = d.avslutningsanledningar();
        List<DeltagareRad> rader = new ArrayList<>();
        for (int i = 0; i < t.rader().size(); i++) {
            Deltagartabellerna.AnledningRad r = t.rader().get(i);
            rader.add(new DeltagareRad(r.benamning(), r.summa(), skydd.km("9." + i, r.antal())));
        }
        return new StatistikTabell(9, "Tabell 9. Avslutningsanledningar arbete/studier/arbetsökande", slut(d),
                uttag(t.uttagsdatum()), skydd.medLegend(null, "9"), rader);
    }

    private static List<String> utfall(Skyddsplan skydd, String rad, String rad6, Km arbeteStudier, Procent k, Procent m,
                                       Procent s, String plan) {
        List<String> c = new ArrayList<>(skydd.km("7." + rad, arbeteStudier));
        String avslutade = "6.avslutade." + rad6;
        c.addAll(List.of(skydd.andel(k, "7." + rad + ".k", avslutade + ".k"), skydd.andel(m, "7." + rad + ".m", avslutade + ".m"),
                skydd.andel(s, "7." + rad + ".s", avslutade + ".s"), plan));
        return c;
    }

    /** K, M and S:a of each of table 6's groups on one row. */
    private static List<String> antal(Skyddsplan skydd, String tabell, String rad, Km... km) {
        List<String> c = new ArrayList<>();
        for (int g = 0; g < km.length; g++) {
            c.addAll(skydd.km(tabell + "." + Skyddsplan.GRUPPER6.get(g).namn() + "." + rad, km[g]));
        }
        return c;
    }

    /** The PM's own percent format (a no-break space before %) from the share's value; "–" for none. */
    private static String procent(Procent p) {
        return p == null ? SwedishFormat.NONE : SwedishFormat.percent(p.varde());
    }

    /** "sista juni", the period's end as the headings name it. */
    private static String slut(Deltagartabellerna d) {
        return "sista " + d.periodensSlut().format(DateTimeFormatter.ofPattern("MMMM", SwedishFormat.SV_SE));
    }

    /** "Källa: SUS, uttag 2022-07-05" (several dates comma-separated), or null when none is named. */
    private static String uttag(List<LocalDate> datum) {
        if (datum == null || datum.isEmpty()) {
            return null;
        }
        return "Källa: SUS, uttag " + datum.stream().map(SwedishFormat::date).collect(Collectors.joining(", "));
    }
}
