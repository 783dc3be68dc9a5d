package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelseinlasning;
import se.finsam.uppfoljning.budget.boundary.Ekonomiinlasning;
import se.finsam.uppfoljning.datapaket.DatapaketFel;
import se.finsam.uppfoljning.datapaket.control.Avvikelsedel;
import se.finsam.uppfoljning.datapaket.control.Bokslutskontroll;
import se.finsam.uppfoljning.datapaket.control.Deltagardel;
import se.finsam.uppfoljning.datapaket.control.Ekonomidel;
import se.finsam.uppfoljning.datapaket.control.Paketkontroll;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragaView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragebatteriView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportinlasning;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportering;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * Import and export of half-year data packages. An import is checked whole first and then read in
 * in one transaction, each component reading its own part through its own boundary (the register
 * first, which hands the others the insatser's ids): either every insats, question set, report,
 * amount, statistic and deviation of the package is in, or nothing is. This class orchestrates; it
 * touches no component's entities.
 */
@Stateless
public class Datapaketering {

    @Inject
    PartnerRegister partners;

    @Inject
    Insatsregister register;

    @Inject
    Rapportinlasning rapporter;

    @Inject
    Ekonomiinlasning ekonomi;

    @Inject
    Deltagardel deltagardel;

    @Inject
    Avvikelseinlasning avvikelser;

    @Inject
    Slutrapportering slutrapporter;

    @Inject
    Bokslutskontroll bokslutskontroll;

    @Inject
    Kalender kalender;

    /**
     * {@code ekonomi}: budgets, rekvisitioner and carry-overs written (version 2); {@code uppfoljning}:
     * deviations, decisions and final reports written (version 2).
     */
    public record Resultat(int insatser, int fragebatterier, int rapporter, int oforandradeGodkanda, int ekonomi,
                           int uppfoljning) implements java.io.Serializable {
    }

    public Resultat importera(@NotNull Caller caller, @NotNull @Valid Datapaket paket) {
        return importera(caller, paket, kalender.idag());
    }

    /**
     * The import as of the day {@code idag}, for the closed-year rule: the office imports as of today;
     * the demo data, transcribed from 2022's PMs, as of a day in 2022's own bookkeeping.
     */
    public Resultat importera(@NotNull Caller caller, @NotNull @Valid Datapaket paket, @NotNull LocalDate idag) {
        Atkomst.requireReviewer(caller);
        String forbundKod = Atkomst.forbund(caller);
        if (!forbundKod.equals(paket.forbund())) {
            throw UppfoljningException.withFields(DatapaketFel.ANNAT_FORBUND,
                    List.of(new FieldError("forbund", "Förväntat " + forbundKod + ", paketet anger " + paket.forbund() + ".")));
        }
        ForbundKod forbund = new ForbundKod(forbundKod);
        check(forbund, paket);
        bokslutskontroll.requireOpen(paket, register.ids(forbund), idag);

        Map<String, InsatsId> insatser = register.lasIn(caller, forbund, paket.insatser(),
                new Halvar(paket.period().ar(), paket.period().halvar()));
        int batterier = rapporter.lasInFragebatterier(forbund,
                orEmpty(paket.fragebatterier()).stream().map(Datapaketering::view).toList());
        Rapportinlasning.Inlast rapportlasning = rapporter.lasIn(caller, insatser, orEmpty(paket.kvartalsrapporter()));
        int pengar = ekonomi.lasIn(caller, insatser,
                new Ekonomiinlasning.Poster(paket.budgetar(), paket.overforingar(), paket.rekvisitioner()));
        // participant statistics (version 2): all or nothing with the rest of the package
        deltagardel.importera(caller, insatser, paket);
        int uppfoljning = avvikelser.lasIn(caller, insatser, orEmpty(paket.avvikelser()))
                + slutrapporter.lasIn(caller, insatser, orEmpty(paket.slutrapporter()));
        return new Resultat(paket.insatser().size(), batterier, rapportlasning.skrivna(), rapportlasning.lamnadeGodkanda(),
                pengar, uppfoljning);
    }

    public Datapaket exportera(@NotNull Caller caller, Halvar h) {
        Atkomst.requireInsatsRole(caller);
        if (!Atkomst.seesWholeForbund(caller)) {
            throw UppfoljningException.of(DatapaketFel.EXPORT_BARA_FOR_KANSLI);
        }
        ForbundKod forbund = new ForbundKod(Atkomst.forbund(caller));
        Rapportperiod forsta = h.forstaKvartal();
        Rapportperiod sista = h.sistaKvartal();
        Map<InsatsId, Insatspost> insatser = register.exportera(forbund, forsta.forstaDag(), sista.sistaDag());
        List<InsatsId> ids = List.copyOf(insatser.keySet());
        Ekonomiinlasning.Poster pengar = ekonomi.exportera(forbund, ids, h);
        return new Datapaket(Datapaket.FORMAT, forbund.varde(), new Datapaket.Period(h.ar(), h.halvar()),
                List.copyOf(insatser.values()),
                rapporter.fragebatterier(forbund, h.year()).stream().map(Datapaketering::export).toList(),
                rapporter.exportera(ids, List.of(forsta, sista)),
                pengar.budgetar(), pengar.overforingar(), pengar.rekvisitioner(),
                deltagardel.exportera(insatser, h),
                avvikelser.exportera(ids, forsta.forstaDag(), sista.sistaDag()),
                slutrapporter.exportera(ids, forsta.forstaDag(), sista.sistaDag()));
    }

    /** The whole package against itself and the register: every problem at once, before anything is written. */
    private void check(ForbundKod forbund, Datapaket paket) {
        Map<String, Set<Integer>> kandaMal = register.malnummer(forbund);
        List<FieldError> errors = Paketkontroll.check(paket, partners.organisationer(forbund), kandaMal.keySet(), kandaMal,
                rapporter.kandaFragor(forbund));
        Set<String> koder = new HashSet<>(kandaMal.keySet());
        paket.insatser().forEach(in -> koder.add(in.kod()));
        errors.addAll(Ekonomidel.check(paket, koder));
        errors.addAll(Ekonomidel.checkPeriods(paket));
        errors.addAll(Deltagardel.check(paket, koder));
        errors.addAll(Avvikelsedel.check(paket, koder));
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(DatapaketFel.PAKETET_HAR_FEL, errors);
        }
    }

    /** Kvartalsrapport owns the question set's shape; the package's copy of it is mapped here, both ways. */
    private static FragebatteriView view(Datapaket.Fragebatteri fb) {
        return new FragebatteriView(fb.ar(), fb.franKvartal(), fb.fragor().stream()
                .map(f -> new FragaView(f.kod(), f.rubrik(), f.text(), f.svarstyp(), f.forklaringKravsVid())).toList());
    }

    private static Datapaket.Fragebatteri export(FragebatteriView fb) {
        return new Datapaket.Fragebatteri(fb.ar(), fb.franKvartal(), fb.fragor().stream()
                .map(f -> new Datapaket.Fraga(f.kod(), f.rubrik(), f.text(), f.svarstyp(), f.forklaringKravsVid()))
                .toList());
    }
}
