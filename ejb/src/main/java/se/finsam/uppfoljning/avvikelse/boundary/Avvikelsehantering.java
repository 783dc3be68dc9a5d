package se.finsam.uppfoljning.avvikelse.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.avvikelse.AvvikelseFel;
import se.finsam.uppfoljning.avvikelse.control.Avvikelser;
import se.finsam.uppfoljning.avvikelse.control.Avvikelseregister;
import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseBeslut;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseTyp;
import se.finsam.uppfoljning.avvikelse.entity.BeslutUtfall;
import se.finsam.uppfoljning.budget.control.Arsekonomi;
import se.finsam.uppfoljning.budget.control.Beloppsfalt;
import se.finsam.uppfoljning.budget.control.Budgetar;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Deviation reports: filed by an insats' rapportörer or steering group, decided by the förbundschef
 * alone. Input is decoded first (formal errors → 400, nothing written), then applied (business rules
 * → 409). Those who may read an insats' reports read its deviations; an insats the caller may not
 * see answers "not found".
 */
@Stateless
public class Avvikelsehantering {

    private static final int MAX_TEXT = 4000;

    @Inject
    InsatsLookup lookup;

    @Inject
    Avvikelser avvikelser;

    @Inject
    Avvikelseregister register;

    @Inject
    Budgetar budgetar;

    @Inject
    Kalender kalender;

    @Inject
    AuditTrail audit;

    /** The insats' rapportörer and steering-group members file deviations; nobody else. */
    public static boolean canFile(Caller c, Insats i) {
        return Atkomst.canReport(c, i)
                || c.has(Roll.STYRGRUPP) && Atkomst.canReadReports(c, i) && i.isAssigned(c.username(), Tilldelning.STYRGRUPP);
    }

    public List<AvvikelseView> forInsats(@NotNull Caller caller, InsatsId insatsId) {
        Atkomst.requireInsatsRole(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        return avvikelser.of(insats).stream().map(AvvikelseView::of).toList();
    }

    public AvvikelseView get(@NotNull Caller caller, long id) {
        Atkomst.requireInsatsRole(caller);
        return AvvikelseView.of(readable(caller, id));
    }

    /** The audit trail of a deviation and of the carry-overs its decisions booked: the office and the förbundschef. */
    public List<AuditView> historik(@NotNull Caller caller, long id) {
        Atkomst.requireHistoryReader(caller);
        Avvikelse a = readable(caller, id);
        List<AuditView> rader = new ArrayList<>(audit.of(Avvikelseregister.AVVIKELSE, a.id()).stream().map(AuditView::of).toList());
        a.beslut().stream().flatMap(b -> b.overforing().stream()).distinct()
                .forEach(o -> audit.of(Ekonomiregister.OVERFORING, o.id()).stream().map(AuditView::of).forEach(rader::add));
        return rader;
    }

    /** The förbundschef's queue: every undecided deviation of the förbund, oldest first. */
    public List<AvvikelseView> obeslutade(@NotNull Caller caller) {
        if (!Atkomst.seesWholeForbund(caller)) {
            throw UppfoljningException.of(AvvikelseFel.INGEN_AVVIKELSEROLL);
        }
        return avvikelser.ofForbund(Atkomst.forbund(caller)).stream().filter(a -> !a.isBeslutad()).map(AvvikelseView::of).toList();
    }

    /** Deviations of the caller's förbund received from {@code fran} to {@code till}, for the PM (which checks its readers). */
    public List<AvvikelseView> inkomna(@NotNull Caller caller, LocalDate fran, LocalDate till) {
        return avvikelser.ofForbund(Atkomst.forbund(caller)).stream()
                .filter(a -> !a.inkommen().isBefore(fran) && !a.inkommen().isAfter(till)).map(AvvikelseView::of).toList();
    }

    public AvvikelseView lamnaIn(@NotNull Caller caller, InsatsId insatsId, AvvikelseInput in) {
        if (!caller.hasAny(Roll.RAPPORTOR, Roll.STYRGRUPP)) {
            throw UppfoljningException.of(AvvikelseFel.BARA_RAPPORTOR_ELLER_STYRGRUPP);
        }
        Insats insats = lookup.find(caller, insatsId.varde(), Avvikelsehantering::canFile);
        AvvikelseInput input = in == null ? new AvvikelseInput(null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Optional<AvvikelseTyp> typ = typ(input.typ(), errors);
        String beskrivning = text(input.beskrivning(), "beskrivning", "Beskriv avvikelsen.", errors);
        Optional<Belopp> begart = Optional.empty();
        if (typ.filter(t -> t == AvvikelseTyp.BUDGET).isPresent()) {
            if (input.ar() == null || !Ar.giltigt(input.ar())) {
                errors.add(new FieldError("ar", "Ange året (" + Ar.FORSTA + "–" + Ar.SISTA + ") som budgetavvikelsen gäller."));
            }
            begart = Beloppsfalt.optional(input.begartBelopp(), "begartBelopp", errors);
            if (begart.filter(Belopp::isZero).isPresent()) {
                errors.add(new FieldError("begartBelopp", "Ett belopp att föra över är större än 0 kr."));
            }
        } else if (typ.isPresent() && (input.ar() != null || isGiven(input.begartBelopp()))) {
            errors.add(new FieldError(input.ar() != null ? "ar" : "begartBelopp",
                    "År och belopp att föra över anges bara för en budgetavvikelse."));
        }
        refuseIfAny(errors);
        Integer ar = typ.get() == AvvikelseTyp.BUDGET ? input.ar() : null;
        if (ar != null) {
            requireWithinInsats(insats, ar);
            if (begart.isPresent()) {
                requireUnused(insats, ar, begart.get());
            }
        }
        return AvvikelseView.of(register.file(caller, insats, typ.get(), beskrivning, ar, begart.orElse(null),
                kalender.idag(), Instant.now()));
    }

    public AvvikelseView besluta(@NotNull Caller caller, long id, BeslutInput in) {
        if (!caller.has(Roll.FORBUNDSCHEF)) {
            throw UppfoljningException.of(AvvikelseFel.BARA_FORBUNDSCHEFEN);
        }
        Avvikelse a = readable(caller, id);
        BeslutInput input = in == null ? new BeslutInput(null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Optional<BeslutUtfall> utfall = utfall(input.utfall(), errors);
        String motivering = text(input.motivering(), "motivering", "Motivera beslutet.", errors);
        Optional<Belopp> belopp = Optional.empty();
        if (utfall.filter(u -> u == BeslutUtfall.DELVIS_GODKAND).isPresent()) {
            if (a.begart().isEmpty()) {
                errors.add(new FieldError("utfall", "Delvis godkännande gäller en budgetavvikelse med ett begärt belopp."));
            } else {
                belopp = Beloppsfalt.required(input.belopp(), "belopp", errors);
                if (belopp.isPresent() && (belopp.get().isZero() || belopp.get().compareTo(a.begart().get()) >= 0)) {
                    errors.add(new FieldError("belopp", "Ett delvis godkänt belopp är större än 0 och mindre än det begärda ("
                            + a.begart().get() + " kr)."));
                }
            }
        } else if (isGiven(input.belopp())) {
            errors.add(new FieldError("belopp", "Belopp anges bara vid delvis godkännande."));
        }
        LocalDate idag = kalender.idag();
        LocalDate datum = input.beslutsdatum() == null ? idag : input.beslutsdatum();
        if (datum.isAfter(idag) || datum.isBefore(a.inkommen())) {
            errors.add(new FieldError("beslutsdatum", "Beslutsdatum ligger mellan avvikelsens datum (" + a.inkommen() + ") och i dag."));
        }
        refuseIfAny(errors);
        AvvikelseBeslut ersatter = input.ersatter() == null ? null : a.beslut().stream()
                .filter(b -> b.id().equals(input.ersatter())).findFirst()
                .orElseThrow(() -> UppfoljningException.withFields(AvvikelseFel.OGILTIGA_UPPGIFTER,
                        List.of(new FieldError("ersatter", "Avvikelsen har inget beslut " + input.ersatter() + "."))));
        register.decide(caller, a, utfall.get(), belopp.orElse(null), motivering, datum, ersatter, Instant.now(), false);
        return AvvikelseView.of(a);
    }

    private Avvikelse readable(Caller caller, long id) {
        Avvikelse a = avvikelser.find(id).orElseThrow(() -> UppfoljningException.of(AvvikelseFel.FINNS_INTE));
        if (!Atkomst.canReadReports(caller, a.insats())) {
            throw UppfoljningException.of(AvvikelseFel.FINNS_INTE);
        }
        return a;
    }

    private static void requireWithinInsats(Insats insats, int ar) {
        LocalDate slut = insats.slutPer(LocalDate.MAX);
        if (ar < insats.start().getYear() || ar > slut.getYear()) {
            throw UppfoljningException.withFields(AvvikelseFel.AR_UTANFOR_INSATSEN,
                    List.of(new FieldError("ar", "Året ligger utanför insatsens period.")), ar, insats.start() + "–" + slut);
        }
    }

    /** What is asked to move may not exceed what is left of the year's budget (when one is recorded). */
    private void requireUnused(Insats insats, int ar, Belopp begart) {
        if (budgetar.budget(insats, ar).isEmpty()) {
            return;
        }
        Arsekonomi e = budgetar.arsekonomi(insats, ar);
        Belopp outnyttjat = e.kvar().minus(e.overfortTillNasta().orElse(Belopp.NOLL));
        if (begart.compareTo(outnyttjat) > 0) {
            throw UppfoljningException.withFields(AvvikelseFel.BEGART_OVER_OUTNYTTJAT,
                    List.of(new FieldError("begartBelopp", "Högst " + outnyttjat + " kr är outnyttjat " + ar + ".")),
                    String.valueOf(ar), outnyttjat);
        }
    }

    private static Optional<AvvikelseTyp> typ(String value, List<FieldError> errors) {
        try {
            return Optional.of(AvvikelseTyp.valueOf(value == null ? "" : value.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("typ", "Ange typ: " + Arrays.toString(AvvikelseTyp.values()) + "."));
            return Optional.empty();
        }
    }

    private static Optional<BeslutUtfall> utfall(String value, List<FieldError> errors) {
        try {
            return Optional.of(BeslutUtfall.valueOf(value == null ? "" : value.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("utfall", "Ange beslut: GODKAND, DELVIS_GODKAND eller AVSLAGEN."));
            return Optional.empty();
        }
    }

    private static String text(String value, String field, String missing, List<FieldError> errors) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (t.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "Högst " + MAX_TEXT + " tecken."));
        }
        return t;
    }

    private static boolean isGiven(jakarta.json.JsonValue v) {
        return v != null && v.getValueType() != jakarta.json.JsonValue.ValueType.NULL;
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(AvvikelseFel.OGILTIGA_UPPGIFTER, errors);
        }
    }
}
