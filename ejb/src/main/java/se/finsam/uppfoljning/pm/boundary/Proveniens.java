package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.budget.boundary.Budgetkolumn;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.control.Halvar;
import se.finsam.uppfoljning.pm.control.PmAtkomst;

import java.util.List;

/**
 * The provenance of the PM's computed figures: for a figure, the rows of data it was computed from
 * and who entered each when. Table 4's förbrukningskvot so far: the approved rekvisitioner of the
 * column's quarters (their sum is the utfall) and the year's budget with the carry-overs into it.
 * Read from today's data, as the draft is; the office's preview shows it beside each figure.
 */
@Stateless
public class Proveniens {

    @Inject
    Budgettabeller budgettabeller;

    @Inject
    Ekonomi ekonomi;

    /** A row of table 4 with the provenance of its kvot. */
    public record Kvot(Tabell4.Rad rad, PmKalla kalla) {
    }

    public PmKalla kvot(@NotNull Caller caller, int ar, int halvar, long insatsId) {
        PmAtkomst.requireDraftReader(caller);
        Halvar h = PmAtkomst.halvar(ar, halvar);
        Tabell4.Rad rad = budgettabeller.tabell4(caller, ar, halvar).rader().stream().filter(r -> r.insatsId() == insatsId)
                .findFirst().orElseThrow(() -> UppfoljningException.of(PmFel.INTE_I_TABELLEN, String.valueOf(insatsId), "4", PmAtkomst.namn(h)));
        return kalla(caller, ar, halvar, rad);
    }

    /** Every row of table 4 with the provenance of its kvot, for the preview. */
    public List<Kvot> kvoter(@NotNull Caller caller, int ar, int halvar) {
        PmAtkomst.requireDraftReader(caller);
        PmAtkomst.halvar(ar, halvar);
        return budgettabeller.tabell4(caller, ar, halvar).rader().stream()
                .map(r -> new Kvot(r, kalla(caller, ar, halvar, r))).toList();
    }

    private PmKalla kalla(Caller caller, int ar, int halvar, Tabell4.Rad rad) {
        long insatsId = rad.insatsId();
        boolean helar = halvar == 2;
        Budgetkolumn kolumn = helar ? rad.helaAret() : rad.forstaHalvaret();
        EkonomiView e = ekonomi.oversikt(caller, insatsId, ar);
        List<PmKalla.Rekvisition> rekvisitioner = e.rekvisitioner().stream()
                // utfall is the approved rekvisitioner: the whole year's column reads Q1–Q4, the half-year's Q1–Q2
                .filter(r -> "GODKAND".equals(r.status()) && r.kvartal() <= (helar ? 4 : 2))
                .map(r -> new PmKalla.Rekvisition(r.id(), r.ar(), r.kvartal(), r.belopp(), r.inskickadAv(), r.inskickad(),
                        r.beslutadAv(), r.beslutad()))
                .toList();
        PmKalla.Budget budget = new PmKalla.Budget(ar, e.beviljat(), e.overfortFranForegaendeAr(), e.budget(),
                e.budgetForstaHalvaret(), e.overforingar().stream().map(o -> new PmKalla.Overforing(o.franAr(), o.tillAr(),
                o.belopp(), o.beslutsdatum(), o.anteckning())).toList());
        String figur = "Förbrukningskvot " + (helar ? "helår " + ar : "kvartal 1 och 2 " + ar);
        return new PmKalla("tabell4", insatsId, rad.namn(), figur, kolumn.forbrukningskvot(), kolumn.utfall(), kolumn.budget(),
                rekvisitioner, budget);
    }
}
