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
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.pm.control.PmAtkomst;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabeller;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Statistikunderlag;
import se.finsam.uppfoljning.sus.boundary.SusImport;
import se.finsam.uppfoljning.sus.boundary.SusImportHistorik;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The provenance of the PM's computed figures: for a figure, the rows of data it was computed from
 * and who entered each when. Table 4's förbrukningskvot: the approved rekvisitioner of the column's
 * quarters (their sum is the utfall) and the year's budget with the carry-overs into it. Table 6's
 * column sums: the individinsatser's recorded statistics rows and their source (typed in, SUS import, data package).
 * Read from today's data, as the draft is; the office's preview shows it beside each figure.
 */
@Stateless
public class Proveniens {

    @Inject
    Budgettabeller budgettabeller;

    @Inject
    Ekonomi ekonomi;

    @Inject
    Deltagartabeller deltagartabeller;

    @Inject
    SusImport susImport;

    /** Table 6's columns as the API names them, in the table's order. */
    public static final List<String> TABELL6_KOLUMNER = List.of("inregistrerade", "avslutade", "avslutade-hela-perioden", "pagaende");

    /** A row of table 4 with the provenance of its kvot. */
    public record Kvot(Tabell4.Rad rad, PmKalla kalla) {
    }

    public PmKalla kvot(@NotNull Caller caller, Halvar h, InsatsId insatsId) {
        PmAtkomst.requireDraftReader(caller);
        Tabell4.Rad rad = budgettabeller.tabell4(caller, h).rader().stream().filter(r -> r.insatsId() == insatsId.varde())
                .findFirst().orElseThrow(() -> UppfoljningException.of(PmFel.INTE_I_TABELLEN, String.valueOf(insatsId), "4", PmAtkomst.namn(h)));
        return kalla(caller, h, rad);
    }

    /** Every row of table 4 with the provenance of its kvot, for the preview. */
    public List<Kvot> kvoter(@NotNull Caller caller, Halvar h) {
        PmAtkomst.requireDraftReader(caller);
        return budgettabeller.tabell4(caller, h).rader().stream()
                .map(r -> new Kvot(r, kalla(caller, h, r))).toList();
    }

    /**
     * The provenance of a column's sums in table 6 (K, M and S:a): the individinsatser's recorded rows
     * the PM sums, each with its source. The sums are table 6's own, as the PM computes them; the rows
     * are exactly the records those sums read.
     */
    public PmStatistikkalla tabell6(@NotNull Caller caller, Halvar h, String kolumn) {
        PmAtkomst.requireDraftReader(caller);
        int i = TABELL6_KOLUMNER.indexOf(kolumn);
        if (i < 0) {
            throw UppfoljningException.withFields(PmFel.OKAND_KOLUMN, List.of(new FieldError("kolumn", "okänd kolumn")),
                    "6", String.valueOf(kolumn), String.join(", ", TABELL6_KOLUMNER));
        }
        Deltagartabellerna.Tabell6 t = deltagartabeller.forPm(caller, h).deltagare();
        Function<Deltagartabellerna.Tabell6, Km> summa = List.<Function<Deltagartabellerna.Tabell6, Km>>of(
                Deltagartabellerna.Tabell6::inregistrerade, Deltagartabellerna.Tabell6::avslutade,
                Deltagartabellerna.Tabell6::avslutadeHelaPerioden, Deltagartabellerna.Tabell6::pagaende).get(i);
        Function<Statistikunderlag, Km> rad = List.<Function<Statistikunderlag, Km>>of(Statistikunderlag::inregistrerade,
                Statistikunderlag::avslutade, Statistikunderlag::avslutadeHelaPerioden, Statistikunderlag::pagaende).get(i);
        Km s = summa.apply(t);
        // a record names its SUS import by id only (sus sits above deltagare); sus tells what the import was
        Map<Long, SusImportHistorik> importer = susImport.historikForPm(caller, h);
        List<PmStatistikkalla.Rad> rader = deltagartabeller.underlagForPm(caller, h).stream().map(u -> {
            Km k = rad.apply(u);
            SusImportHistorik imp = u.susImportId() == null ? null : importer.get(u.susImportId());
            return new PmStatistikkalla.Rad(u.insatsId(), u.insats(), k.k(), k.m(), k.summa(), u.kalla(), u.uttagsdatum(),
                    u.andradAv(), u.andradAt(), imp == null ? null
                    : new PmStatistikkalla.SusImport(imp.id(), imp.filnamn(), imp.uttagsdatum(), imp.inlastAv(), imp.inlastTid()));
        }).toList();
        String figur = List.of("Inregistrerade", "Avslutade", "Avslutade under hela insatsperioden", "Pågående").get(i)
                + " t.o.m. sista " + (h.halvar() == 1 ? "juni " : "december ") + h.ar();
        return new PmStatistikkalla("tabell6", kolumn, figur, s.k(), s.m(), s.summa(), rader);
    }

    private PmKalla kalla(Caller caller, Halvar h, Tabell4.Rad rad) {
        InsatsId insatsId = new InsatsId(rad.insatsId());
        int ar = h.ar();
        boolean helar = h.halvar() == 2;
        Budgetkolumn kolumn = helar ? rad.helaAret() : rad.forstaHalvaret();
        EkonomiView e = ekonomi.oversikt(caller, insatsId, h.year());
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
        return new PmKalla("tabell4", insatsId.varde(), rad.namn(), figur, kolumn.forbrukningskvot(), kolumn.utfall(), kolumn.budget(),
                rekvisitioner, budget);
    }
}
