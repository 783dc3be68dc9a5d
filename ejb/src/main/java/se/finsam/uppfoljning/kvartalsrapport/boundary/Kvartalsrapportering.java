package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportfrister;
import se.finsam.uppfoljning.kvartalsrapport.control.Svarskoder;
import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljusregel;
import se.finsam.uppfoljning.reports.Trafikljus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Sektion;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quarterly cycle: the rapportör drafts and submits, the office returns with comments or
 * approves, and unlocks an approved report when it must be corrected. Every change is audited
 * with the version it produced; a save from a stale version is refused with what changed since.
 */
@Stateless
public class Kvartalsrapportering {

    public static final String OBJECT_TYPE = "Kvartalsrapport";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Rapportfrister frister;

    @Inject
    InsatsLookup insatser;

    @Inject
    Rapporter rapporter;

    @Inject
    Rapportlasning lasning;


    public RapportView spara(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, @NotNull @Valid Utkast utkast) {
        Insats insats = reportable(caller, insatsId);
        requireWithinInsats(insats, period);
        Optional<Kvartalsrapport> existing = find(insats, period);
        Kvartalsrapport r;
        if (existing.isEmpty()) {
            if (utkast.version() != 0) {
                throw UppfoljningException.detailed(KvartalsrapportFel.INAKTUELL_VERSION,
                        "Rapporten finns inte i den version du utgick från. Läs in den igen.", List.of());
            }
            r = new Kvartalsrapport(insats, period, fragebatteri(insats, period).orElse(null));
            em.persist(r);
            flush("Någon annan har just påbörjat samma rapport. Läs in den igen.");
        } else {
            r = existing.get();
            requireVersion(r, utkast.version());
        }
        Map<String, String> before = r.snapshot();
        apply(r, utkast);
        return finish(caller, r, before);
    }

    /**
     * The form's "Skicka in": the edits and the submission in one transaction, so that a report
     * the rules refuse to submit is not left half-saved, and nobody can change it in between.
     */
    public RapportView sparaOchSkickaIn(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period,
                                        @NotNull @Valid Utkast utkast) {
        RapportView saved = spara(caller, insatsId, period, utkast);
        return skickaIn(caller, insatsId, period, saved.version());
    }

    public RapportView skickaIn(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, long version) {
        Insats insats = reportable(caller, insatsId);
        Kvartalsrapport r = existing(insats, period);
        requireVersion(r, version);
        Map<String, String> before = r.snapshot();
        r.submit(caller.username(), Instant.now());
        return finish(caller, r, before);
    }

    public RapportView returnera(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, @NotNull @Valid Granskning g) {
        Kvartalsrapport r = forReview(caller, insatsId, period, g.version());
        Map<String, String> before = r.snapshot();
        Map<Sektion, String> comments = new EnumMap<>(Sektion.class);
        comments.put(Sektion.MAL, g.mal());
        comments.put(Sektion.RESURSER, g.resurser());
        comments.put(Sektion.KVALITET, g.kvalitet());
        comments.put(Sektion.OVRIGT, g.ovrigt());
        r.returnWith(comments, caller.username(), Instant.now());
        comments.forEach((sektion, text) -> {
            if (text != null && !text.isBlank()) {
                audit.record(caller, r.insats().forbund().kod(), OBJECT_TYPE, r.id(), "kommentar." + sektion.name(), null, text);
            }
        });
        return finish(caller, r, before);
    }

    public RapportView godkann(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, long version) {
        Kvartalsrapport r = forReview(caller, insatsId, period, version);
        Map<String, String> before = r.snapshot();
        r.approve(caller.username(), Instant.now());
        return finish(caller, r, before);
    }

    /** The office opens an approved report again; the unlock is in the audit trail as its own row. */
    public RapportView lasUpp(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period, long version) {
        Kvartalsrapport r = forReview(caller, insatsId, period, version);
        Map<String, String> before = r.snapshot();
        r.unlock();
        audit.record(caller, r.insats().forbund().kod(), OBJECT_TYPE, r.id(), "upplast", null, "upplåst av kansliet");
        return finish(caller, r, before);
    }

    public List<AuditView> historik(@NotNull Caller caller, InsatsId insatsId, Rapportperiod period) {
        Atkomst.requireHistoryReader(caller);
        Kvartalsrapport r = existing(insatser.find(caller, insatsId.varde(), Atkomst::canReadReports), period);
        return audit.of(OBJECT_TYPE, r.id()).stream().map(AuditView::of).toList();
    }

    /** Completeness and timeliness of a quarter for the office. */
    public OversiktView oversikt(@NotNull Caller caller, Rapportperiod period) {
        Atkomst.requireInsatsRole(caller);
        if (!Atkomst.seesWholeForbund(caller)) {
            throw UppfoljningException.of(KvartalsrapportFel.OVERSIKT_BARA_FOR_KANSLI);
        }
        String forbund = Atkomst.forbund(caller);
        LocalDate frist = frister.frist(period);
        LocalDate idag = frister.idag();
        Map<Long, Kvartalsrapport> rapporter = em.createNamedQuery(Kvartalsrapport.BY_FORBUND_AND_PERIOD, Kvartalsrapport.class)
                .setParameter("forbund", forbund).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal())
                .getResultStream().collect(Collectors.toMap(r -> r.insats().id(), Function.identity()));
        List<OversiktView.Rad> rader = new ArrayList<>();
        for (Insats i : insatser.allaAv(new ForbundKod(forbund))) {
            if (!i.runsDuring(period.forstaDag(), period.sistaDag())) {
                continue;
            }
            Kvartalsrapport r = rapporter.get(i.id());
            if (r == null) {
                rader.add(new OversiktView.Rad(i.id(), i.kortnamn(), i.typ().name(), "EJ_PABORJAD", "Ej påbörjad",
                        idag.isAfter(frist), null, Trafikljus.INGEN, Trafikljus.INGEN.label(), null));
            } else {
                Trafikljus ljus = Trafikljusregel.of(r.samladStatus(), r.samladPrognos());
                rader.add(new OversiktView.Rad(i.id(), i.kortnamn(), i.typ().name(), r.status().name(), r.status().label(),
                        r.isLate(frist, idag), r.inskickadAt().orElse(null), ljus, ljus.label(), r.id()));
            }
        }
        return new OversiktView(period.ar(), period.kvartal(), frist, rader.size(),
                count(rader, "EJ_PABORJAD"), count(rader, RapportStatus.UTKAST.name()),
                count(rader, RapportStatus.INSKICKAD.name()), count(rader, RapportStatus.RETURNERAD.name()),
                count(rader, RapportStatus.GODKAND.name()), (int) rader.stream().filter(OversiktView.Rad::sen).count(), rader);
    }

    /** The reports the signed-in rapportör still has to submit: last quarter's and any returned. */
    public List<AttLamna> attLamna(@NotNull Caller caller) {
        Atkomst.requireInsatsRole(caller);
        String forbund = Atkomst.forbund(caller);
        LocalDate idag = frister.idag();
        Rapportperiod senaste = Rapportperiod.containing(idag).foregaende();
        List<AttLamna> due = new ArrayList<>();
        for (Insats i : insatser.allaAv(new ForbundKod(forbund))) {
            if (!Atkomst.canReport(caller, i)) {
                continue;
            }
            for (Rapportperiod p : List.of(senaste.foregaende(), senaste)) {
                if (!i.runsDuring(p.forstaDag(), p.sistaDag())) {
                    continue;
                }
                Optional<Kvartalsrapport> r = find(i, p);
                RapportStatus status = r.map(Kvartalsrapport::status).orElse(RapportStatus.UTKAST);
                if (status.editable()) {
                    LocalDate frist = frister.frist(p);
                    due.add(new AttLamna(i.id(), i.kortnamn(), p.ar(), p.kvartal(),
                            r.isPresent() ? status.name() : "EJ_PABORJAD",
                            r.isPresent() ? status.label() : "Ej påbörjad", frist, idag.isAfter(frist)));
                }
            }
        }
        due.sort(Comparator.comparing(AttLamna::frist).thenComparing(AttLamna::insats));
        return due;
    }

    // --- internals ---------------------------------------------------------------------------

    private Insats reportable(Caller caller, InsatsId insatsId) {
        Atkomst.requireInsatsRole(caller);
        Insats insats = insatser.find(caller, insatsId.varde(), Atkomst::canReadReports);
        if (!Atkomst.canReport(caller, insats)) {
            throw UppfoljningException.of(KvartalsrapportFel.BARA_RAPPORTOREN);
        }
        return insats;
    }

    private Kvartalsrapport forReview(Caller caller, InsatsId insatsId, Rapportperiod period, Long version) {
        Atkomst.requireReviewer(caller);
        Kvartalsrapport r = existing(insatser.find(caller, insatsId.varde(), Atkomst::canReadReports), period);
        requireVersion(r, version == null ? -1 : version);
        return r;
    }

    private void apply(Kvartalsrapport r, Utkast u) {
        if (u.mal() != null) {
            for (Utkast.MalInput m : u.mal()) {
                String field = "mal[" + m.nummer() + "]";
                r.answerGoal(m.nummer(), Svarskoder.decode(MalStatus.class, m.status(), field + ".status"),
                        Svarskoder.decode(Prognos.class, m.prognos(), field + ".prognos"), m.kommentar());
            }
        }
        r.reportResources(u.vakansSof(), u.vakansEgen(), u.budgetavvikelseInskickad());
        if (u.svar() != null) {
            for (Utkast.SvarInput s : u.svar()) {
                r.answerQuestion(s.fraga(), blankToNull(s.svar()), s.forklaring());
            }
        }
        r.writeMessage(u.meddelande());
        r.includeNewGoals();
    }

    private RapportView finish(Caller caller, Kvartalsrapport r, Map<String, String> before) {
        long produced = r.version() + 1;
        // every accepted save moves the version on, even one that changes nothing, so two clients
        // saving from the same version can never both succeed
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.recordChanges(caller, r.insats().forbund().kod(), OBJECT_TYPE, r.id(), produced, before, r.snapshot());
        flush("Någon annan har ändrat rapporten samtidigt. Läs in den igen.");
        return view(caller, r);
    }

    private void flush(String conflictMessage) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw UppfoljningException.detailed(KvartalsrapportFel.INAKTUELL_VERSION, conflictMessage, List.of());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException || String.valueOf(e.getMessage()).contains("duplicate key")) {
                throw UppfoljningException.detailed(KvartalsrapportFel.INAKTUELL_VERSION, conflictMessage, List.of());
            }
            throw e;
        }
    }

    private void requireVersion(Kvartalsrapport r, long version) {
        if (r.version() != version) {
            List<FieldError> changed = audit.changedSince(OBJECT_TYPE, r.id(), version);
            throw UppfoljningException.detailed(KvartalsrapportFel.INAKTUELL_VERSION,
                    "Rapporten har ändrats sedan du läste den (din version " + version + ", nu " + r.version()
                            + "). Läs in den igen; ändringarna står nedan.", changed);
        }
    }

    private RapportView view(Caller caller, Kvartalsrapport r) {
        return lasning.view(caller, r);
    }

    private Optional<Kvartalsrapport> find(Insats insats, Rapportperiod period) {
        return rapporter.find(insats, period);
    }

    private Kvartalsrapport existing(Insats insats, Rapportperiod period) {
        return find(insats, period).orElseThrow(() -> UppfoljningException.of(KvartalsrapportFel.RAPPORT_FINNS_INTE, period));
    }

    /** The question set in force for the quarter (rule in {@code Fragebatteriregel}). */
    public Optional<Fragebatteri> fragebatteri(Insats insats, Rapportperiod period) {
        return lasning.fragebatteri(insats, period);
    }

    private void requireWithinInsats(Insats insats, Rapportperiod period) {
        if (!frister.isOpen(period)) {
            throw UppfoljningException.withFields(KvartalsrapportFel.KVARTALET_EJ_BORJAT,
                    List.of(new FieldError("kvartal", KvartalsrapportFel.KVARTALET_EJ_BORJAT.message(period))), period);
        }
        if (!insats.runsDuring(period.forstaDag(), period.sistaDag())) {
            throw UppfoljningException.withFields(KvartalsrapportFel.INSATSEN_PAGICK_INTE,
                    List.of(new FieldError("kvartal", KvartalsrapportFel.INSATSEN_PAGICK_INTE.message(period))), period);
        }
    }

    private static int count(List<OversiktView.Rad> rader, String status) {
        return (int) rader.stream().filter(r -> r.status().equals(status)).count();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
