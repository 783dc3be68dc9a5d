package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.kvartalsrapport.control.FragebatteriSkapat;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.datapaket.DatapaketFel;
import se.finsam.uppfoljning.datapaket.control.Avvikelsedel;
import se.finsam.uppfoljning.datapaket.control.Bokslutskontroll;
import se.finsam.uppfoljning.datapaket.control.Deltagardel;
import se.finsam.uppfoljning.datapaket.control.Ekonomidel;
import se.finsam.uppfoljning.datapaket.control.Paketkontroll;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsStatus;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.insats.entity.StyrgruppLedamot;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragebatteriView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Fragebatterier;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fraga;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Sektion;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Import and export of half-year data packages. An import is checked whole first and then written
 * in one transaction: either every insats, question set and report of the package is in, or
 * nothing is.
 */
@Stateless
public class Datapaketering {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FragebatteriSkapat> fragebatteriSkapat;

    @Inject
    AuditTrail audit;

    @Inject
    Kvartalsrapportering rapportering;

    @Inject
    Rapporter rapporter;

    @Inject
    Ekonomidel ekonomidel;

    @Inject
    Deltagardel deltagardel;

    @Inject
    Avvikelsedel avvikelsedel;

    @Inject
    Bokslutskontroll bokslutskontroll;

    @Inject
    Kalender kalender;

    /**
     * {@code ekonomi}: budgets, rekvisitioner and carry-overs written (version 2); {@code uppfoljning}:
     * deviations, decisions and final reports written (version 2).
     */
    public record Resultat(int insatser, int fragebatterier, int rapporter, int oforandradeGodkanda, int ekonomi,
                           int uppfoljning) {
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
        Forbund forbund = em.createNamedQuery(Forbund.BY_KOD, Forbund.class).setParameter("kod", forbundKod).getSingleResult();
        Map<String, Partner> partners = em.createNamedQuery(Partner.BY_FORBUND, Partner.class).setParameter("forbund", forbundKod)
                .getResultStream().collect(Collectors.toMap(Partner::organisation, Function.identity()));
        Map<String, Insats> insatser = new HashMap<>(em.createNamedQuery(Insats.BY_FORBUND, Insats.class)
                .setParameter("forbund", forbundKod).getResultStream().collect(Collectors.toMap(Insats::kod, Function.identity())));
        Map<String, Map<String, Svarstyp>> kandaFragor = new HashMap<>();
        for (Fragebatteri fb : em.createQuery("select f from Fragebatteri f where f.forbund.kod = :forbund", Fragebatteri.class)
                .setParameter("forbund", forbundKod).getResultList()) {
            kandaFragor.put(fb.ar() + "/" + fb.franKvartal(), fb.fragor().stream().collect(Collectors.toMap(Fraga::kod, Fraga::svarstyp)));
        }
        List<FieldError> errors = Paketkontroll.check(paket, partners.keySet(), insatser.keySet(),
                insatser.values().stream().collect(Collectors.toMap(Insats::kod,
                        i -> i.mal().stream().map(m -> m.nummer()).collect(Collectors.toSet()))), kandaFragor);
        java.util.Set<String> koder = new java.util.HashSet<>(insatser.keySet());
        paket.insatser().forEach(in -> koder.add(in.kod()));
        errors.addAll(Ekonomidel.check(paket, koder));
        errors.addAll(Ekonomidel.checkPeriods(paket));
        errors.addAll(Deltagardel.check(paket, koder));
        errors.addAll(Avvikelsedel.check(paket, koder));
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(DatapaketFel.PAKETET_HAR_FEL, errors);
        }
        bokslutskontroll.requireOpen(paket, insatser, idag);

        for (Datapaket.Insats in : paket.insatser()) {
            insatser.put(in.kod(), upsert(caller, forbund, partners, insatser.get(in.kod()), in,
                    new Halvar(paket.period().ar(), paket.period().halvar())));
        }
        int batterier = 0;
        for (Datapaket.Fragebatteri fb : Paketkontroll.orEmpty(paket.fragebatterier())) {
            upsert(forbund, fb);
            batterier++;
        }
        em.flush();
        int rapporter = 0;
        int lasta = 0;
        for (Datapaket.Rapport r : Paketkontroll.orEmpty(paket.kvartalsrapporter())) {
            if (write(caller, insatser.get(r.insats()), r)) {
                rapporter++;
            } else {
                lasta++;
            }
        }
        em.flush();
        int ekonomi = ekonomidel.importera(caller, insatser, paket);
        em.flush();
        // participant statistics (version 2): all or nothing with the rest of the package
        deltagardel.importera(caller, insatser, paket);
        int uppfoljning = avvikelsedel.importera(caller, insatser, paket);
        return new Resultat(paket.insatser().size(), batterier, rapporter, lasta, ekonomi, uppfoljning);
    }

    public Datapaket exportera(@NotNull Caller caller, Halvar h) {
        Atkomst.requireInsatsRole(caller);
        if (!Atkomst.seesWholeForbund(caller)) {
            throw UppfoljningException.of(DatapaketFel.EXPORT_BARA_FOR_KANSLI);
        }
        String forbund = Atkomst.forbund(caller);
        int ar = h.ar();
        int halvar = h.halvar();
        Rapportperiod forsta = h.forstaKvartal();
        Rapportperiod sista = h.sistaKvartal();
        List<Insats> insatser = em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund)
                .getResultStream().filter(i -> i.runsDuring(forsta.forstaDag(), sista.sistaDag())).toList();
        List<Datapaket.Fragebatteri> batterier = em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", forbund).setParameter("ar", ar).getResultStream()
                .map(Fragebatterier::view).map(Datapaketering::export).toList();
        List<Datapaket.Rapport> rapportlista = insatser.stream().flatMap(i -> List.of(forsta, sista).stream()
                .flatMap(p -> rapporter.findForReading(i, p).stream()))
                .map(Datapaketering::export).toList();
        Ekonomidel.Export pengar = ekonomidel.exportera(insatser, ar, halvar);
        Avvikelsedel.Export uppfoljning = avvikelsedel.exportera(insatser, forsta.forstaDag(), sista.sistaDag());
        return new Datapaket(Datapaket.FORMAT, forbund, new Datapaket.Period(ar, halvar),
                insatser.stream().map(i -> export(i, sista.sistaDag())).toList(), batterier, rapportlista,
                pengar.budgetar(), pengar.overforingar(), pengar.rekvisitioner(),
                deltagardel.exportera(insatser, ar, halvar), uppfoljning.avvikelser(), uppfoljning.slutrapporter());
    }

    private Insats upsert(Caller caller, Forbund forbund, Map<String, Partner> partners, Insats existing, Datapaket.Insats in,
                          Halvar period) {
        Insats insats = existing != null ? existing : new Insats(forbund, in.kod(), partners.get(in.agare()));
        insats.transferTo(partners.get(in.agare()));
        insats.describe(in.namn(), InsatsTyp.valueOf(in.typ()), in.start(), in.slut(), in.malgrupp(),
                in.sortering() == null ? 0 : in.sortering());
        // the package's short name is the one of its half-year: a later rename stays as it is
        insats.rename(in.kortnamn(), period.forstaDag());
        insats.cooperateWith(Paketkontroll.orEmpty(in.samverkansparter()).stream().map(partners::get).collect(Collectors.toSet()));
        Paketkontroll.orEmpty(in.forlangningar()).forEach(f -> insats.grantExtension(f.slut(), f.beslutsdatum(), f.beslutAv()));
        if (InsatsStatus.valueOf(in.status()) == InsatsStatus.AVSLUTAD) {
            insats.close();
        } else {
            insats.reopen();
        }
        Paketkontroll.orEmpty(in.mal()).forEach(m -> insats.defineGoal(m.nummer(), m.beskrivning(), m.malvarde()));
        insats.seatSteeringGroup(Paketkontroll.orEmpty(in.styrgrupp()).stream()
                .map(l -> new StyrgruppLedamot(l.namn(), l.organisation())).collect(Collectors.toSet()));
        insats.assign(Paketkontroll.orEmpty(in.tilldelningar()).stream()
                .map(t -> new Tilldelning(t.anvandare(), t.roll())).collect(Collectors.toSet()));
        if (existing == null) {
            em.persist(insats);
            em.flush();
            audit.record(caller, forbund.kod(), Insatsregister.OBJECT_TYPE, insats.id(), "import", null, "registrerad: " + in.namn());
        } else {
            audit.record(caller, forbund.kod(), Insatsregister.OBJECT_TYPE, insats.id(), "import", null, "uppdaterad från datapaket");
        }
        return insats;
    }

    private void upsert(Forbund forbund, Datapaket.Fragebatteri in) {
        Fragebatteri fb = em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", forbund.kod()).setParameter("ar", in.ar()).getResultStream()
                .filter(f -> f.franKvartal() == in.franKvartal()).findFirst()
                .orElseGet(() -> {
                    Fragebatteri ny = new Fragebatteri(forbund, in.ar(), in.franKvartal());
                    em.persist(ny);
                    fragebatteriSkapat.fire(new FragebatteriSkapat(forbund.kod()));
                    return ny;
                });
        in.fragor().forEach(f -> fb.ask(f.kod(), f.rubrik(), f.text(), Svarstyp.valueOf(f.svarstyp()), Paketkontroll.orEmpty(f.forklaringKravsVid())));
    }

    /** Writes one report; an approved report already in the database is left as it is. */
    private boolean write(Caller caller, Insats insats, Datapaket.Rapport in) {
        Rapportperiod period = new Rapportperiod(in.ar(), in.kvartal());
        Optional<Kvartalsrapport> existing = rapporter.find(insats, period);
        if (existing.filter(r -> !r.status().editable()).isPresent()) {
            return false;
        }
        Kvartalsrapport r = existing.orElseGet(() -> {
            Kvartalsrapport ny = new Kvartalsrapport(insats, period, rapportering.fragebatteri(insats, period).orElse(null));
            em.persist(ny);
            return ny;
        });
        Map<String, String> before = existing.isPresent() ? r.snapshot() : new LinkedHashMap<>();
        r.includeNewGoals();
        for (Datapaket.Malsvar m : Paketkontroll.orEmpty(in.mal())) {
            r.answerGoal(m.nummer(), m.status() == null ? null : MalStatus.valueOf(m.status()),
                    m.prognos() == null ? null : Prognos.valueOf(m.prognos()), m.kommentar());
        }
        r.reportResources(in.vakansSof(), in.vakansEgen(), in.budgetavvikelseInskickad());
        for (Datapaket.Svar s : Paketkontroll.orEmpty(in.svar())) {
            r.answerQuestion(s.fraga(), s.svar(), s.forklaring());
        }
        r.writeMessage(in.meddelande());
        RapportStatus target = RapportStatus.valueOf(in.status());
        if (target != RapportStatus.UTKAST) {
            r.submit(caller.username(), noon(in.inskickad()));
        }
        if (target == RapportStatus.GODKAND) {
            r.approve(caller.username(), noon(in.godkand()));
        } else if (target == RapportStatus.RETURNERAD) {
            r.returnWith(Map.of(Sektion.OVRIGT, "Returnerad (från datapaket)."),
                    caller.username(), Instant.now());
        }
        em.flush();
        // flushed above, so the version is the one this import produced
        audit.recordChanges(caller, insats.forbund().kod(), Kvartalsrapportering.OBJECT_TYPE, r.id(), r.version(),
                before, r.snapshot());
        return true;
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(SVERIGE).toInstant();
    }

    /** Kvartalsrapport owns the question set's shape; the package's copy of it is mapped here. */
    private static Datapaket.Fragebatteri export(FragebatteriView fb) {
        return new Datapaket.Fragebatteri(fb.ar(), fb.franKvartal(), fb.fragor().stream()
                .map(f -> new Datapaket.Fraga(f.kod(), f.rubrik(), f.text(), f.svarstyp(), f.forklaringKravsVid()))
                .toList());
    }

    /** The insats as of a half-year's end (the short name in force then); the preview compares the package's with it. */
    static Datapaket.Insats export(Insats i, LocalDate halvaretsSlut) {
        return new Datapaket.Insats(i.kod(), i.namn(), i.kortnamnPer(halvaretsSlut), i.typ().name(), i.agare().organisation(),
                i.samverkansparter().stream().map(Partner::organisation).sorted().toList(), i.start(), i.ursprungligtSlut(),
                i.forlangningar().stream().map(f -> new Datapaket.Forlangning(f.slut(), f.beslutsdatum(), f.beslutAv())).toList(),
                i.status().name(), i.malgrupp(),
                i.mal().stream().map(m -> new Datapaket.Mal(m.nummer(), m.beskrivning(), m.malvarde())).toList(),
                i.styrgrupp().stream().map(l -> new Datapaket.Ledamot(l.namn(), l.organisation())).toList(),
                i.tilldelningar().stream().map(t -> new Datapaket.Tilldelning(t.anvandare(), t.roll()))
                        .sorted(java.util.Comparator.comparing(Datapaket.Tilldelning::anvandare)).toList(),
                i.sortering());
    }

    private static Datapaket.Rapport export(Kvartalsrapport r) {
        return new Datapaket.Rapport(r.insats().kod(), r.period().ar(), r.period().kvartal(), r.status().name(),
                r.inskickadAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null),
                r.godkandAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null),
                r.malsvar().stream().map(m -> new Datapaket.Malsvar(m.mal().nummer(),
                        m.status() == null ? null : m.status().name(), m.prognos() == null ? null : m.prognos().name(),
                        m.kommentar())).toList(),
                r.vakansSof(), r.vakansEgen(), r.budgetavvikelseInskickad(),
                r.svar().stream().map(s -> new Datapaket.Svar(s.fraga().kod(), s.svar(), s.forklaring())).toList(),
                r.meddelande());
    }


}
