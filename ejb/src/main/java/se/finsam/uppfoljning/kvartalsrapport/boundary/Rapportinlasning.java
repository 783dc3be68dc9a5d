package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.kvartalsrapport.control.FragebatteriSkapat;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fraga;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Sektion;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.partner.control.PartnerLookup;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kvartalsrapport's part of a half-year data package: its question sets and quarterly reports, read
 * in (after the package has been checked whole, in the package's transaction) and written out. The
 * package names insatser by code; the register's read-in hands over their ids.
 */
@Stateless
public class Rapportinlasning {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    /** The goal answers a report may give, for the package's check. */
    public static final Set<String> MALSTATUSAR = namn(MalStatus.values());
    public static final Set<String> PROGNOSER = namn(Prognos.values());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FragebatteriSkapat> fragebatteriSkapat;

    @Inject
    AuditTrail audit;

    @Inject
    Rapporter rapporter;

    @Inject
    Kvartalsrapportering rapportering;

    @Inject
    InsatsLookup insatser;

    @Inject
    PartnerLookup partners;

    /** Written reports and reports left as they were because they were already approved. */
    public record Inlast(int skrivna, int lamnadeGodkanda) {
    }

    /** The answers a question of the answer type allows ({@code JA_NEJ} → JA, NEJ). */
    public static List<String> svarFor(String svarstyp) {
        return Svarstyp.valueOf(svarstyp).svar();
    }

    /** The förbund's question sets: by "year/from quarter", each question's code with the answers it allows. */
    public Map<String, Map<String, List<String>>> kandaFragor(@NotNull ForbundKod forbund) {
        Map<String, Map<String, List<String>>> kanda = new HashMap<>();
        for (Fragebatteri fb : em.createQuery("select f from Fragebatteri f where f.forbund.kod = :forbund", Fragebatteri.class)
                .setParameter("forbund", forbund.varde()).getResultList()) {
            kanda.put(fb.ar() + "/" + fb.franKvartal(), fb.fragor().stream()
                    .collect(Collectors.toMap(Fraga::kod, f -> f.svarstyp().svar())));
        }
        return kanda;
    }

    /** Adds the package's question sets (a new set announces itself); questions are asked or reworded in place. */
    public int lasInFragebatterier(@NotNull ForbundKod forbundKod, List<FragebatteriView> batterier) {
        Forbund forbund = partners.forbund(forbundKod).orElseThrow();
        for (FragebatteriView in : batterier) {
            Fragebatteri fb = em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                    .setParameter("forbund", forbundKod.varde()).setParameter("ar", in.ar()).getResultStream()
                    .filter(f -> f.franKvartal() == in.franKvartal()).findFirst()
                    .orElseGet(() -> {
                        Fragebatteri ny = new Fragebatteri(forbund, in.ar(), in.franKvartal());
                        em.persist(ny);
                        fragebatteriSkapat.fire(new FragebatteriSkapat(forbundKod.varde()));
                        return ny;
                    });
            in.fragor().forEach(f -> fb.ask(f.kod(), f.rubrik(), f.text(), Svarstyp.valueOf(f.svarstyp()),
                    f.forklaringKravsVid() == null ? List.of() : f.forklaringKravsVid()));
        }
        em.flush();
        return batterier.size();
    }

    /**
     * Writes the package's reports, each with its audit rows; a report already approved in the
     * database is left as it is.
     *
     * @param insatsIds every insats the package may name, by code
     */
    public Inlast lasIn(@NotNull Caller caller, Map<String, InsatsId> insatsIds, List<Rapportpost> poster) {
        int skrivna = 0;
        int lasta = 0;
        for (Rapportpost r : poster) {
            if (write(caller, insatser.find(insatsIds.get(r.insats())).orElseThrow(), r)) {
                skrivna++;
            } else {
                lasta++;
            }
        }
        return new Inlast(skrivna, lasta);
    }

    /** The förbund's question sets of the year, for a package. */
    public List<FragebatteriView> fragebatterier(@NotNull ForbundKod forbund, @NotNull Ar ar) {
        return em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", forbund.varde()).setParameter("ar", ar.varde()).getResultStream()
                .map(Fragebatterier::view).toList();
    }

    /** The reports of the insatser in the quarters, insats by insats, as a package's posts. */
    public List<Rapportpost> exportera(List<InsatsId> insatsIds, List<Rapportperiod> kvartal) {
        return insatsIds.stream().flatMap(i -> kvartal.stream()
                        .flatMap(p -> rapporter.findForReading(i.varde(), p).stream()))
                .map(Rapportinlasning::post).toList();
    }

    private boolean write(Caller caller, Insats insats, Rapportpost in) {
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
        for (Rapportpost.Malsvar m : orEmpty(in.mal())) {
            r.answerGoal(m.nummer(), m.status() == null ? null : MalStatus.valueOf(m.status()),
                    m.prognos() == null ? null : Prognos.valueOf(m.prognos()), m.kommentar());
        }
        r.reportResources(in.vakansSof(), in.vakansEgen(), in.budgetavvikelseInskickad());
        for (Rapportpost.Svar s : orEmpty(in.svar())) {
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
            r.returnWith(Map.of(Sektion.OVRIGT, "Returnerad (från datapaket)."), caller.username(), Instant.now());
        }
        em.flush();
        // flushed above, so the version is the one this import produced
        audit.recordChanges(caller, insats.forbund().kod(), Kvartalsrapportering.OBJECT_TYPE, r.id(), r.version(),
                before, r.snapshot());
        return true;
    }

    private static Rapportpost post(Kvartalsrapport r) {
        return new Rapportpost(r.insats().kod(), r.period().ar(), r.period().kvartal(), r.status().name(),
                r.inskickadAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null),
                r.godkandAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null),
                r.malsvar().stream().map(m -> new Rapportpost.Malsvar(m.mal().nummer(),
                        m.status() == null ? null : m.status().name(), m.prognos() == null ? null : m.prognos().name(),
                        m.kommentar())).toList(),
                r.vakansSof(), r.vakansEgen(), r.budgetavvikelseInskickad(),
                r.svar().stream().map(s -> new Rapportpost.Svar(s.fraga().kod(), s.svar(), s.forklaring())).toList(),
                r.meddelande());
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(SVERIGE).toInstant();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Set<String> namn(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
