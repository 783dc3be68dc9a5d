package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.budget.boundary.Budgetkolumn;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabeller;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.partner.boundary.ForbundRef;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.control.FaststalldaPm;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.entity.FaststalltPm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Utveckling: the PM's figures followed over the half-years. Every half-year from the one the
 * earliest insats started in up to the running one is read as its PM reads it (the frozen snapshot
 * where frozen, otherwise tables 4 and 6 as the draft computes them, the only tables the series read);
 * a half-year whose PM has neither
 * budget nor outcome in table 4 nor a row in table 6 has no data and is left out. The kansli and the förbundschef
 * follow the whole förbund; a steering group member the insatser they sit in the steering group of.
 */
@Stateless
public class Utveckling {

    @Inject
    FaststalldaPm faststallda;

    @Inject
    Budgettabeller budgettabeller;

    @Inject
    Deltagartabeller deltagartabeller;

    @Inject
    Insatsregister register;

    @Inject
    Kalender kalender;

    @Inject
    Ekonomi ekonomi;

    @Inject
    PartnerRegister partner;

    @Inject
    PmFiler filer;

    /** What the series read of a half-year's PM: its tables 4 and 6 (and the förbund's name in a frozen one). */
    private record Halvarsdata(String forbund, Tabell4 tabell4, Deltagartabellerna deltagare) {
    }

    /**
     * @param valda the insatser to compare; empty for all the caller may read (ids the caller may
     *              not read are left out, as if they did not exist)
     */
    public Utvecklingen serier(@NotNull Caller caller, List<InsatsId> valda) {
        if (!caller.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.STYRGRUPP)) {
            throw UppfoljningException.of(PmFel.EJ_UTVECKLINGSLASARE);
        }
        String forbund = Atkomst.forbund(caller);
        List<InsatsView> synliga = register.insatser(caller);
        Set<Long> ids = synliga.stream().map(InsatsView::id)
                .filter(id -> valda.isEmpty() || valda.contains(new InsatsId(id))).collect(Collectors.toSet());
        boolean helaForbundet = Atkomst.seesWholeForbund(caller);
        Optional<LocalDate> forsta = synliga.stream().map(InsatsView::start).min(LocalDate::compareTo);
        // The PM's tables are read as the office reads them; what the caller sees is cut to its insatser above
        Caller lasare = new Caller(caller.username(), caller.displayName(), caller.forbund(), caller.organisation(),
                Set.of(Roll.FORBUNDSCHEF));
        List<Utvecklingen.Period> perioder = new ArrayList<>();
        List<Utvecklingen.Punkt> forbundet = new ArrayList<>();
        Map<Long, Serieuppbyggnad> perInsats = new LinkedHashMap<>();
        String forbundsnamn = null;
        if (forsta.isPresent()) {
            Halvar sista = Halvar.containing(kalender.idag());
            Map<Halvar, FaststalltPm> frysta = faststallda.alla(forbund);
            String aktuelltNamn = partner.forbund(new ForbundKod(forbund)).map(ForbundRef::namn).orElse(null);
            // Only a half-year with a budget, a rekvisition or a carry-over in its year, or with participant
            // statistics, can have figures: two queries, instead of table 4 and the participant tables of
            // every half-year back to the register's first start
            Set<Integer> arMedBelopp = ekonomi.arMedBelopp(lasare).stream().map(Ar::varde).collect(Collectors.toSet());
            Set<Halvar> medStatistik = deltagartabeller.perioderMedStatistik(lasare);
            for (Halvar h = Halvar.containing(forsta.get()); h.compareTo(sista) <= 0; h = h.nasta()) {
                FaststalltPm fryst = frysta.get(h);
                Halvarsdata data;
                if (fryst != null) {
                    PmUnderlag u = PmDokument.snapshot(fryst);
                    data = new Halvarsdata(u.forbund(), u.tabell4(), u.deltagare());
                } else if (arMedBelopp.contains(h.ar()) || medStatistik.contains(h)) {
                    // the series read tables 4 and 6 of the PM only: those two, as the draft computes them
                    data = new Halvarsdata(null, budgettabeller.tabell4(lasare, h), deltagartabeller.forPm(lasare, h));
                } else {
                    continue;
                }
                if (!harData(data.tabell4(), data.deltagare())) {
                    continue;
                }
                forbundsnamn = data.forbund() != null ? data.forbund() : aktuelltNamn;
                perioder.add(new Utvecklingen.Period(h.ar(), h.halvar(), fryst != null));
                forbundet.add(forbundspunkt(h, data.deltagare()));
                for (long id : insatserI(data)) {
                    if (ids.contains(id)) {
                        perInsats.computeIfAbsent(id, Serieuppbyggnad::new).lagg(h, data, id);
                    }
                }
            }
        }
        return new Utvecklingen(perioder, helaForbundet ? new Utvecklingen.Serie(null, forbundsnamn, forbundet) : null,
                perInsats.values().stream().map(Serieuppbyggnad::serie).toList());
    }

    /** The same series as an Excel workbook: one sheet per series, a row per half-year. */
    public byte[] xlsx(@NotNull Caller caller, List<InsatsId> valda) {
        // the same series make the same workbook: POI's writing is most of this download's cost
        Utvecklingen serier = serier(caller, valda);
        return filer.behallen(serier, "utveckling", PmFormat.XLSX, () -> UtvecklingXlsx.av(serier));
    }

    /** Figures in table 4 (a budget or an outcome) or in table 6 (a participant row). */
    private static boolean harData(Tabell4 t4, Deltagartabellerna d) {
        boolean budget = t4.rader().stream().map(r -> r.helaAret() != null ? r.helaAret() : r.forstaHalvaret())
                .anyMatch(k -> k.budget().signum() != 0 || k.utfall().signum() != 0);
        return budget || d != null && !d.deltagare().rader().isEmpty();
    }

    private static List<Long> insatserI(Halvarsdata u) {
        List<Long> ids = new ArrayList<>();
        u.tabell4().rader().forEach(r -> ids.add(r.insatsId()));
        if (u.deltagare() != null) {
            u.deltagare().deltagare().rader().forEach(r -> ids.add(r.insatsId()));
            u.deltagare().utfall().rader().forEach(r -> ids.add(r.insatsId()));
        }
        return ids.stream().distinct().toList();
    }

    private static Utvecklingen.Punkt forbundspunkt(Halvar h, Deltagartabellerna d) {
        if (d == null) {
            return new Utvecklingen.Punkt(h.ar(), h.halvar(), null, null, null, null, null, null, null);
        }
        return new Utvecklingen.Punkt(h.ar(), h.halvar(), null, null, d.deltagare().inregistrerade(),
                d.deltagare().avslutade(), d.deltagare().pagaende(), d.utfall().andelK(), d.utfall().andelM());
    }

    /** One insats' series as the half-years are read: its points and the name of its latest PM. */
    private static final class Serieuppbyggnad {
        private final long id;
        private String namn;
        private final List<Utvecklingen.Punkt> punkter = new ArrayList<>();

        Serieuppbyggnad(long id) {
            this.id = id;
        }

        void lagg(Halvar h, Halvarsdata u, long insats) {
            Optional<Tabell4.Rad> budget = u.tabell4().rader().stream().filter(r -> r.insatsId() == insats).findFirst();
            Budgetkolumn kvot = budget.map(r -> r.helaAret() != null ? r.helaAret() : r.forstaHalvaret()).orElse(null);
            Optional<Deltagartabellerna.Rad6> rad6 = u.deltagare() == null ? Optional.empty()
                    : u.deltagare().deltagare().rader().stream().filter(r -> r.insatsId() == insats).findFirst();
            Optional<Deltagartabellerna.UtfallRad> utfall = u.deltagare() == null ? Optional.empty()
                    : u.deltagare().utfall().rader().stream().filter(r -> r.insatsId() == insats).findFirst();
            namn = rad6.map(Deltagartabellerna.Rad6::insats)
                    .or(() -> utfall.map(Deltagartabellerna.UtfallRad::insats))
                    .orElseGet(() -> budget.map(Tabell4.Rad::namn).orElse(namn));
            punkter.add(new Utvecklingen.Punkt(h.ar(), h.halvar(),
                    kvot == null ? null : kvot.forbrukningskvotProcent(), kvot == null ? null : kvot.forbrukningskvot(),
                    rad6.map(Deltagartabellerna.Rad6::inregistrerade).orElse(null),
                    rad6.map(Deltagartabellerna.Rad6::avslutade).orElse(null),
                    rad6.map(Deltagartabellerna.Rad6::pagaende).orElse(null),
                    utfall.map(Deltagartabellerna.UtfallRad::andelK).orElse(null),
                    utfall.map(Deltagartabellerna.UtfallRad::andelM).orElse(null)));
        }

        Utvecklingen.Serie serie() {
            return new Utvecklingen.Serie(id, namn, List.copyOf(punkter));
        }
    }
}
