package se.finsam.uppfoljning.budget.boundary;

import se.finsam.uppfoljning.budget.BudgetFel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.budget.control.Beloppsfalt;
import se.finsam.uppfoljning.budget.control.Bokslut;
import se.finsam.uppfoljning.budget.entity.Bilagetyp;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.budget.control.Arsekonomi;
import se.finsam.uppfoljning.budget.control.Budgetar;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Kostnadsrad;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionStatus;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An insats' money: the year's budget, the rapportörer's rekvisitioner and the office's decisions on
 * them. Input is decoded first (formal errors → 400, nothing written), then applied (business rules
 * → 409). Only the office sets budgets and decides rekvisitioner; rapportörer and steering groups
 * see only their own insatser's money.
 */
@Stateless
public class Ekonomi {

    private static final int MAX_TEXT = 4000;

    @Inject
    InsatsLookup lookup;

    @Inject
    Budgetar budgetar;

    @Inject
    Ekonomiregister register;

    @Inject
    Kalender kalender;

    public EkonomiView oversikt(@NotNull Caller caller, InsatsId insatsId, Ar ar) {
        requireMoneyRole(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        return view(insats, ar.varde());
    }

    public EkonomiView sattBudget(@NotNull Caller caller, InsatsId insatsId, Ar ar, BudgetInput in) {
        requireOffice(caller, "Bara kansliet sätter budgetar.");
        Insats insats = lookup.find(caller, insatsId.varde(), Atkomst::canReadReports);
        List<FieldError> errors = new ArrayList<>();
        BudgetInput input = in == null ? new BudgetInput(null, null, null) : in;
        Optional<Belopp> belopp = Beloppsfalt.required(input.belopp(), "belopp", errors);
        Optional<Belopp> forsta = Beloppsfalt.optional(input.forstaHalvar(), "forstaHalvar", errors);
        if (belopp.isPresent() && forsta.isPresent() && forsta.get().compareTo(belopp.get()) > 0) {
            errors.add(new FieldError("forstaHalvar", "Första halvårets budget kan inte vara större än årets."));
        }
        if (input.version() == null) {
            errors.add(new FieldError("version", "Ange versionen du läste (0 om året saknar budget)."));
        }
        refuseIfAny(errors);
        register.setBudget(caller, insats, ar.varde(), belopp.orElseThrow(), forsta.orElse(null), input.version());
        return view(insats, ar.varde());
    }

    public EkonomiView.RekvisitionView skickaIn(@NotNull Caller caller, InsatsId insatsId, RekvisitionInput in) {
        Insats insats = lookup.find(caller, insatsId.varde(), Atkomst::canReport);
        RekvisitionInput input = in == null ? new RekvisitionInput(null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Optional<Rapportperiod> period = period(insats, input, errors);
        Optional<Belopp> belopp = Beloppsfalt.required(input.belopp(), "belopp", errors);
        List<Kostnadsrad> rader = rader(input.kostnadsrader(), errors);
        if (belopp.isPresent() && !rader.isEmpty() && errors.isEmpty()
                && !rader.stream().map(Kostnadsrad::belopp).reduce(Belopp.NOLL, Belopp::plus).equals(belopp.get())) {
            errors.add(new FieldError("kostnadsrader", "Kostnadsraderna summerar inte till rekvisitionens belopp."));
        }
        if (input.meddelande() != null && input.meddelande().length() > MAX_TEXT) {
            errors.add(new FieldError("meddelande", "Meddelandet får vara högst " + MAX_TEXT + " tecken."));
        }
        refuseIfAny(errors);
        requireOpen(period.get().ar());
        String meddelande = input.meddelande() == null || input.meddelande().isBlank() ? null : input.meddelande().strip();
        return EkonomiView.RekvisitionView.of(register.submit(caller, insats, period.orElseThrow(), belopp.orElseThrow(),
                rader, meddelande, Instant.now()));
    }

    public EkonomiView.RekvisitionView godkann(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, Beslut beslut) {
        Rekvisition r = decidable(caller, insatsId, period, beslut);
        return EkonomiView.RekvisitionView.of(register.approve(caller, r, Instant.now()));
    }

    public EkonomiView.RekvisitionView returnera(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, Beslut beslut) {
        String kommentar = beslut == null || beslut.kommentar() == null ? "" : beslut.kommentar().strip();
        if (kommentar.isEmpty() || kommentar.length() > MAX_TEXT) {
            requireOffice(caller, "Bara kansliet godkänner och returnerar rekvisitioner.");
            throw UppfoljningException.withFields(BudgetFel.KOMMENTAR_KRAVS,
                    List.of(new FieldError("kommentar", kommentar.isEmpty()
                            ? "En kommentar krävs när rekvisitionen returneras." : "Kommentaren får vara högst " + MAX_TEXT + " tecken.")));
        }
        Rekvisition r = decidable(caller, insatsId, period, beslut);
        return EkonomiView.RekvisitionView.of(register.returnWith(caller, r, kommentar, Instant.now()));
    }

    /**
     * The rapportör attaches a PDF or XLSX (at most 10 MB) to a rekvisition not yet approved, replacing
     * one attached before. The type is told from the bytes, whatever the name or the claimed type say.
     */
    public EkonomiView.RekvisitionView bifoga(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, String filnamn,
                                              byte[] innehall) {
        Insats insats = lookup.find(caller, insatsId.varde(), Atkomst::canReport);
        Rekvisition r = budgetar.rekvisition(insats, period)
                .orElseThrow(() -> UppfoljningException.of(BudgetFel.INGEN_REKVISITION));
        if (innehall == null || innehall.length == 0 || innehall.length > Bilagetyp.MAX_BYTES) {
            throw UppfoljningException.withFields(innehall == null || innehall.length == 0 ? BudgetFel.BILAGA_FEL_TYP
                    : BudgetFel.BILAGA_FOR_STOR, List.of(new FieldError("bilaga", innehall == null || innehall.length == 0
                    ? "Bilagan är tom." : "Bilagan får vara högst 10 MB.")));
        }
        Bilagetyp typ = Bilagetyp.sniff(innehall).orElseThrow(() -> UppfoljningException.withFields(BudgetFel.BILAGA_FEL_TYP,
                List.of(new FieldError("bilaga", "Innehållet är varken en PDF- eller en XLSX-fil."))));
        requireOpen(period.ar());
        return EkonomiView.RekvisitionView.of(register.attach(caller, r, filnamn(filnamn, typ), typ, innehall));
    }

    public Bilagefil bilaga(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period) {
        requireMoneyRole(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        Rekvisition r = budgetar.rekvisition(insats, period)
                .orElseThrow(() -> UppfoljningException.of(BudgetFel.INGEN_REKVISITION));
        return budgetar.bilaga(r).filter(b -> r.bilagaTyp().isPresent())
                .map(b -> new Bilagefil(r.bilagaFilnamn().orElseThrow(), r.bilagaTyp().orElseThrow().contentType(), b.innehall()))
                .orElseThrow(() -> UppfoljningException.of(BudgetFel.INGEN_BILAGA));
    }

    /** A name without path, control characters or quotes, ending as its type does. */
    static String filnamn(String namn, Bilagetyp typ) {
        String n = namn == null ? "" : namn.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.length() > 200) {
            n = n.substring(0, 200);
        }
        if (n.isEmpty()) {
            n = "bilaga";
        }
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(typ.extension()) ? n : n + typ.extension();
    }

    /** No rekvisition is taken in or changed for a closed year. */
    private void requireOpen(int ar) {
        if (Bokslut.isStangt(ar, kalender.idag())) {
            throw Bokslut.stangt(ar, List.of(new FieldError("ar", "Året är stängt.")));
        }
    }

    /** The office's start page: submitted rekvisitioner of the förbund waiting for a decision, oldest first. */
    public List<EkonomiView.Uppgift> attGranska(@NotNull Caller caller) {
        requireOffice(caller, "Bara kansliet granskar rekvisitioner.");
        return budgetar.rekvisitioner(Atkomst.forbund(caller), RekvisitionStatus.INSKICKAD).stream().map(EkonomiView.Uppgift::of).toList();
    }

    /** A rapportör's start page: rekvisitioner the office returned on insatser they report on. */
    public List<EkonomiView.Uppgift> returnerade(@NotNull Caller caller) {
        if (!caller.has(Roll.RAPPORTOR) || caller.forbund().isEmpty()) {
            return List.of();
        }
        return budgetar.rekvisitioner(Atkomst.forbund(caller), RekvisitionStatus.RETURNERAD).stream()
                .filter(r -> Atkomst.canReport(caller, r.insats())).map(EkonomiView.Uppgift::of).toList();
    }

    /**
     * The years of the caller's förbund that have a budget, a rekvisition or a carry-over: the PM's
     * development over the half-years computes table 4 for those only. The PM checks who may read it.
     */
    public List<Ar> arMedBelopp(@NotNull Caller caller) {
        return budgetar.arMedBelopp(Atkomst.forbund(caller)).stream().map(Ar::new).toList();
    }

    /**
     * The PM's table-4 figures of the given insatser for a year; the PM checks who may read it. The PM's read facade: the year's row of each given insats of the caller's förbund (an id of
     * another förbund is left out), in the order given; read-only, one query per kind of row.
     */
    public List<Budgetrad> budgetrader(@NotNull Caller caller, List<InsatsId> insatser, Ar ar) {
        List<Insats> egna = lookup.forReading(new ForbundKod(Atkomst.forbund(caller)), insatser);
        Map<Long, Arsekonomi> ekonomi = budgetar.arsekonomier(egna, ar.varde());
        return insatser.stream().filter(id -> ekonomi.containsKey(id.varde()))
                .map(id -> Budgetrad.of(id.varde(), ekonomi.get(id.varde()))).toList();
    }

    private Rekvisition decidable(Caller caller, InsatsId insatsId, Rapportperiod period, Beslut beslut) {
        requireOffice(caller, "Bara kansliet godkänner och returnerar rekvisitioner.");
        Insats insats = lookup.find(caller, insatsId.varde(), Atkomst::canReadReports);
        Rekvisition r = budgetar.rekvisition(insats, period)
                .orElseThrow(() -> UppfoljningException.of(BudgetFel.INGEN_REKVISITION));
        if (beslut != null && beslut.version() != null) {
            register.requireVersion(r, beslut.version());
        }
        return r;
    }

    private EkonomiView view(Insats insats, int ar) {
        return EkonomiView.of(insats.id(), insats.kortnamn(), budgetar.budget(insats, ar).map(Budget::version).orElse(0L),
                budgetar.arsekonomi(insats, ar), budgetar.rekvisitioner(insats, ar), budgetar.overforingar(insats));
    }

    /** The quarter must exist and lie within the insats' period, extensions included. */
    private static Optional<Rapportperiod> period(Insats insats, RekvisitionInput in, List<FieldError> errors) {
        if (in.ar() == null || in.kvartal() == null) {
            errors.add(new FieldError(in.ar() == null ? "ar" : "kvartal", "År och kvartal måste anges."));
            return Optional.empty();
        }
        Rapportperiod p;
        try {
            p = new Rapportperiod(in.ar(), in.kvartal());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(in.kvartal() < 1 || in.kvartal() > 4 ? "kvartal" : "ar", e.getMessage()));
            return Optional.empty();
        }
        LocalDate slut = insats.slutPer(LocalDate.MAX);
        if (p.sistaDag().isBefore(insats.start()) || p.forstaDag().isAfter(slut)) {
            errors.add(new FieldError("kvartal", "Kvartalet ligger utanför insatsens period " + insats.start() + "–" + slut + "."));
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static List<Kostnadsrad> rader(List<RekvisitionInput.Rad> in, List<FieldError> errors) {
        List<Kostnadsrad> rader = new ArrayList<>();
        List<RekvisitionInput.Rad> lista = in == null ? List.of() : in;
        for (int i = 0; i < lista.size(); i++) {
            RekvisitionInput.Rad rad = lista.get(i);
            String at = "kostnadsrader[" + i + "]";
            if (rad == null || rad.text() == null || rad.text().isBlank() || rad.text().length() > 200) {
                errors.add(new FieldError(at + ".text", "Beskriv kostnaden (högst 200 tecken)."));
            }
            Optional<Belopp> b = Beloppsfalt.required(rad == null ? null : rad.belopp(), at + ".belopp", errors);
            if (b.isPresent() && rad.text() != null && !rad.text().isBlank()) {
                rader.add(new Kostnadsrad(i + 1, rad.text().strip(), b.get()));
            }
        }
        return rader;
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(BudgetFel.OGILTIGA_UPPGIFTER, errors);
        }
    }

    private static void requireMoneyRole(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.RAPPORTOR, Roll.STYRGRUPP)) {
            throw UppfoljningException.of(BudgetFel.INGEN_EKONOMIROLL);
        }
        Atkomst.forbund(c);
    }

    private static void requireOffice(Caller c, String message) {
        if (!c.has(Roll.KANSLI)) {
            throw UppfoljningException.detailed(BudgetFel.BARA_KANSLIET, message, java.util.List.of());
        }
        Atkomst.forbund(c);
    }
}
