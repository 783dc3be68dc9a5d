package se.finsam.uppfoljning.budget.boundary;

import se.finsam.uppfoljning.budget.control.Arsekonomi;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Rekvisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An insats' money for one year as its money page shows it. Amounts are exact kronor; kvoter are
 * computed ({@code "–"} without a budget).
 */
public record EkonomiView(long insatsId, String insats, int ar, long budgetVersion, BigDecimal beviljat,
                          BigDecimal overfortFranForegaendeAr, BigDecimal budget, BigDecimal budgetForstaHalvaret,
                          BigDecimal budgetAndraHalvaret, BigDecimal utfallForstaHalvaret, BigDecimal utfallAndraHalvaret,
                          BigDecimal utfall, BigDecimal kvar, String forbrukningskvotForstaHalvaret,
                          String forbrukningskvot, BigDecimal overfortTillNastaAr, String not,
                          List<RekvisitionView> rekvisitioner, List<OverforingView> overforingar) implements java.io.Serializable {

    public record RekvisitionView(long id, int ar, int kvartal, BigDecimal belopp, List<Rad> kostnadsrader,
                                  String meddelande, String status, String statusText, String kommentar,
                                  Instant inskickad, String inskickadAv, Instant beslutad, String beslutadAv, long version,
                                  BilagaView bilaga) implements java.io.Serializable {

        public static RekvisitionView of(Rekvisition r) {
            return new RekvisitionView(r.id(), r.period().ar(), r.period().kvartal(), r.belopp().kronor(),
                    r.kostnadsrader().stream().map(k -> new Rad(k.text(), k.belopp().kronor())).toList(),
                    r.meddelande(), r.status().name(), r.status().label(), r.kommentar(), r.inskickadAt(),
                    r.inskickadAv(), r.beslutadAt().orElse(null), r.beslutadAv().orElse(null), r.version(),
                    r.bilagaFilnamn().map(f -> new BilagaView(f, r.bilagaTyp().orElseThrow().contentType(),
                            r.bilagaStorlek().orElseThrow())).orElse(null));
        }
    }

    /** What is attached to a rekvisition (its bytes: {@code GET …/rekvisitioner/{ar}/{kvartal}/bilaga}). */
    public record BilagaView(String filnamn, String typ, int storlek) implements java.io.Serializable {
    }

    public record Rad(String text, BigDecimal belopp) implements java.io.Serializable {
    }

    /** A rekvisition that waits for someone, as the start page lists it. */
    public record Uppgift(long insatsId, String insats, int ar, int kvartal, BigDecimal belopp, String statusText, String kommentar) {

        public static Uppgift of(Rekvisition r) {
            return new Uppgift(r.insats().id(), r.insats().kortnamn(), r.period().ar(), r.period().kvartal(), r.belopp().kronor(),
                    r.status().label(), r.kommentar());
        }
    }

    /** A carry-over decision; {@code upphavd} is set when a corrected decision replaced it (it then no longer counts). */
    public record OverforingView(long id, int franAr, int tillAr, BigDecimal belopp, LocalDate beslutsdatum, String anteckning,
                                 LocalDate upphavd) implements java.io.Serializable {

        public static OverforingView of(Overforing o) {
            return new OverforingView(o.id(), o.franAr(), o.tillAr(), o.belopp().map(Belopp::kronor).orElse(null),
                    o.beslutsdatum(), o.anteckning(), o.upphavdDatum().orElse(null));
        }
    }

    static EkonomiView of(long insatsId, String insats, long budgetVersion, Arsekonomi e, List<Rekvisition> rekvisitioner,
                          List<Overforing> overforingar) {
        return new EkonomiView(insatsId, insats, e.ar(), budgetVersion, e.beviljat().kronor(), e.overfortIn().kronor(),
                e.budget().kronor(), e.budgetForsta().kronor(), e.budgetAndra().kronor(), e.utfallForsta().kronor(),
                e.utfallAndra().kronor(), e.utfall().kronor(), e.kvar().kronor(), e.kvotForsta().text(), e.kvot().text(),
                e.overfortTillNasta().map(Belopp::kronor).orElse(null), e.not().orElse(null),
                rekvisitioner.stream().map(RekvisitionView::of).toList(),
                overforingar.stream().filter(o -> o.franAr() == e.ar() || o.tillAr() == e.ar()).map(OverforingView::of).toList());
    }
}
