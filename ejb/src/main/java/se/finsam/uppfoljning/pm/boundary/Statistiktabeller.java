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
        List<PmTabell> tabeller = new ArrayList<>();
        if (!d.deltagare().rader().isEmpty()) {
            tabeller.add(tabell6(d));
        }
        if (d.utfall() != null && !d.utfall().rader().isEmpty()) {
            tabeller.add(tabell7(d));
        }
        if (d.anonyma() != null && !d.anonyma().rader().isEmpty()) {
            tabeller.add(tabell8(d));
        }
        if (d.avslutningsanledningar() != null && !d.avslutningsanledningar().rader().isEmpty()) {
            tabeller.add(tabell9(d));
        }
        // the target group and the bar chart of average days enrolled by sex (Malgruppstabeller)
        tabeller.addAll(Malgruppstabeller.tabeller(d));
        return tabeller;
    }

    /** Table 6: a row per insats, then "Summa:" and "Fördelning kvinnor/män:". */
    static DeltagareTabell tabell6(Deltagartabellerna d) {
        Deltagartabellerna.Tabell6 t = d.deltagare();
        List<DeltagareRad> rader = new ArrayList<>();
        for (Deltagartabellerna.Rad6 r : t.rader()) {
            rader.add(new DeltagareRad(r.insats(), false, antal(r.inregistrerade(), r.avslutade(), r.avslutadeHelaPerioden(), r.pagaende())));
        }
        rader.add(new DeltagareRad("Summa:", true, antal(t.inregistrerade(), t.avslutade(), t.avslutadeHelaPerioden(), t.pagaende())));
        List<String> fordelning = new ArrayList<>();
        for (Deltagartabellerna.Fordelning f : List.of(t.fordelningInregistrerade(), t.fordelningAvslutade(),
                t.fordelningAvslutadeHelaPerioden(), t.fordelningPagaende())) {
            fordelning.addAll(List.of(procent(f.k()), procent(f.m()), ""));
        }
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true, fordelning));
        return new DeltagareTabell(d.manader(), slut(d), rader);
    }

    /**
     * Table 7: per insats K, M, S:a to work and/or studies, their shares of the ended and the
     * action-plan share; then the sums with "Ca" before the mean action-plan share, and the K/M
     * distribution; under it the anonymous registrations, when there are any.
     */
    static StatistikTabell tabell7(Deltagartabellerna d) {
        Deltagartabellerna.Utfall u = d.utfall();
        List<DeltagareRad> rader = new ArrayList<>();
        for (Deltagartabellerna.UtfallRad r : u.rader()) {
            rader.add(new DeltagareRad(r.insats(), false, utfall(r.arbeteStudier(), r.andelK(), r.andelM(), r.andelS(),
                    procent(r.handlingsplan()))));
        }
        String plan = u.handlingsplan().varde() == null ? SwedishFormat.NONE : "Ca " + procent(u.handlingsplan());
        rader.add(new DeltagareRad("Summa:", true, utfall(u.arbeteStudier(), u.andelK(), u.andelM(), u.andelS(), plan)));
        rader.add(new DeltagareRad("Fördelning kvinnor/män:", true,
                List.of(procent(u.fordelning().k()), procent(u.fordelning().m()), "", "", "", "", "")));
        return new StatistikTabell(7, "Tabell 7. Utfall för deltagare, antal och andel till arbete och studier samt med handlingsplan",
                slut(d), uttag(u.uttagsdatum()), null, rader);
    }

    /** Table 8: the anonymous registrations per insats and "Totalt:", with the sentence on what they are. */
    static StatistikTabell tabell8(Deltagartabellerna d) {
        Deltagartabellerna.Anonyma a = d.anonyma();
        List<DeltagareRad> rader = new ArrayList<>();
        for (Deltagartabellerna.AnonymRad r : a.rader()) {
            rader.add(new DeltagareRad(r.insats(), false, List.of(SwedishFormat.integer(r.antal()))));
        }
        rader.add(new DeltagareRad("Totalt:", true, List.of(SwedishFormat.integer(a.totalt()))));
        String notering = a.totalt() == 0 ? null : "Utöver deltagarna med personuppgifter har " + SwedishFormat.integer(a.totalt())
                + " deltagare registrerats anonymt. Anonymt registrerad blir en deltagare som ej lämnat samtycke till att "
                + "lämna personuppgifter eller har skyddade personuppgifter; för den individen går inget utfall att följa.";
        return new StatistikTabell(8, "Tabell 8. Antal anonyma individer registrerade i insatserna", slut(d) + " " + d.ar(),
                null, notering, rader);
    }

    /** Table 9: K, M, S:a per termination reason in the code list's order, the computed sums bold. */
    static StatistikTabell tabell9(Deltagartabellerna d) {
        Deltagartabellerna.Avslutningsanledningar t = d.avslutningsanledningar();
        List<DeltagareRad> rader = t.rader().stream()
                .map(r -> new DeltagareRad(r.benamning(), r.summa(), antal(r.antal()))).toList();
        return new StatistikTabell(9, "Tabell 9. Avslutningsanledningar arbete/studier/arbetsökande", slut(d),
                uttag(t.uttagsdatum()), null, rader);
    }

    private static List<String> utfall(Km arbeteStudier, Procent k, Procent m, Procent s, String plan) {
        List<String> c = new ArrayList<>(antal(arbeteStudier));
        c.addAll(List.of(procent(k), procent(m), procent(s), plan));
        return c;
    }

    /** K, M and S:a of each count. */
    private static List<String> antal(Km... km) {
        List<String> c = new ArrayList<>();
        for (Km k : km) {
            c.addAll(List.of(SwedishFormat.integer(k.k()), SwedishFormat.integer(k.m()), SwedishFormat.integer(k.summa())));
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
