package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.partner.control.PartnerLookup;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.kvartalsrapport.control.FragebatteriSkapat;
import se.finsam.uppfoljning.kvartalsrapport.control.Fragebatteriregel;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's question sets: one per year and the quarter it applies from. Editing adds questions
 * or rewords them in place; a question's answer type never changes once asked, so reports already
 * answered keep their meaning.
 */
@Stateless
public class Fragebatterier {

    /** The audit rows' object type. */
    public static final String OBJEKTTYP = "Fragebatteri";
    /** A question's audit field: this and its code. */
    private static final String FRAGA = "fraga.";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<FragebatteriSkapat> skapat;

    @Inject
    PartnerLookup partners;

    public List<FragebatteriView> ar(@NotNull Caller caller, Ar ar) {
        Atkomst.requireInsatsRole(caller);
        return em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", Atkomst.forbund(caller)).setParameter("ar", ar.varde()).getResultStream()
                .map(Fragebatterier::view).toList();
    }

    /**
     * Adds and rewords the questions sent; when they name every question of the set, their order is
     * the set's new order. Every accepted save moves the set's version on and its audit rows carry the
     * version it produced, so a save from a stale version is refused with what changed since.
     *
     * @param version the version the caller read (0 for a set not yet created); null skips the check
     *                (an API client of before the check)
     */
    public FragebatteriView spara(@NotNull Caller caller, Ar ar, int franKvartal, Long version,
                                        @NotNull @Size(min = 1, message = "Minst en fråga krävs.") List<@Valid FragaView> fragor) {
        Atkomst.requireReviewer(caller);
        if (franKvartal < 1 || franKvartal > 4) {
            throw UppfoljningException.withFields(KvartalsrapportFel.OGILTIG_PERIOD,
                    List.of(new FieldError("franKvartal", "Kvartal är 1–4.")), "Kvartal är 1–4.");
        }
        String forbundKod = Atkomst.forbund(caller);
        Optional<Fragebatteri> befintligt = em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", forbundKod).setParameter("ar", ar.varde()).getResultStream()
                .filter(f -> f.franKvartal() == franKvartal).findFirst();
        if (version != null && version != befintligt.map(Fragebatteri::version).orElse(0L)) {
            throw UppfoljningException.withFields(KvartalsrapportFel.FRAGEBATTERI_ANDRAT,
                    befintligt.map(f -> audit.changedSince(OBJEKTTYP, f.id(), version)).orElseGet(List::of));
        }
        Fragebatteri fb = befintligt.orElseGet(() -> {
            Fragebatteri ny = new Fragebatteri(partners.forbund(new ForbundKod(forbundKod)).orElseThrow(), ar.varde(), franKvartal);
            em.persist(ny);
            skapat.fire(new FragebatteriSkapat(forbundKod));
            return ny;
        });
        if (befintligt.isPresent()) {
            // a reworded question does not touch the set's own row: every accepted save moves its
            // version on, so two saves from the same version can never both succeed
            em.lock(fb, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Map<String, String> before = snapshot(fb);
        for (FragaView f : fragor) {
            try {
                fb.ask(f.kod(), f.rubrik(), f.text(), Svarstyp.valueOf(f.svarstyp()),
                        f.forklaringKravsVid() == null ? List.of() : f.forklaringKravsVid());
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw UppfoljningException.of(KvartalsrapportFel.FRAGA_KAN_INTE_ANDRAS, e.getMessage());
            }
        }
        Map<String, String> after = snapshot(fb);
        List<String> ordning = fragor.stream().map(FragaView::kod).toList();
        if (ordning.size() == fb.fragor().size() && !ordning.equals(fb.fragor().stream().map(f -> f.kod()).toList())) {
            // the whole set sent (the page does): its order is the new order; a partial PUT only adds and rewords
            before.put("ordning", String.join(", ", before.keySet().stream().map(k -> k.substring(FRAGA.length())).toList()));
            fb.arrange(ordning);
            after.put("ordning", String.join(", ", ordning));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                // saved by someone else between this save's read and its write
                throw UppfoljningException.of(KvartalsrapportFel.FRAGEBATTERI_ANDRAT);
            }
            throw e;
        }
        // tagged with the version this save produced (known once written), so "since the version
        // you read" lists exactly the later saves
        audit.recordChanges(caller, forbundKod, OBJEKTTYP, fb.id(), fb.version(), before, after);
        return view(fb);
    }

    /** Each question's wording in the set's order, the fields a save's audit rows name. */
    private static Map<String, String> snapshot(Fragebatteri fb) {
        Map<String, String> s = new LinkedHashMap<>();
        fb.fragor().forEach(q -> s.put(FRAGA + q.kod(), q.rubrik() + " | " + q.text()));
        return s;
    }

    /**
     * The set a report of the quarter would use (the newest that has started by it), as the proposal
     * for a new set from that quarter; empty when none has started yet.
     */
    public Optional<FragebatteriView> iKraft(@NotNull Caller caller, @NotNull Ar ar, int kvartal) {
        Atkomst.requireInsatsRole(caller);
        List<Fragebatteri> tidigare = em.createNamedQuery(Fragebatteri.BY_FORBUND_UP_TO_AR, Fragebatteri.class)
                .setParameter("forbund", Atkomst.forbund(caller)).setParameter("ar", ar.varde()).getResultList();
        return Fragebatteriregel.iKraft(tidigare, new Rapportperiod(ar.varde(), kvartal)).map(Fragebatterier::view);
    }

    /** A question set as the API and the data package export read it. */
    public static FragebatteriView view(Fragebatteri fb) {
        return new FragebatteriView(fb.ar(), fb.franKvartal(), fb.fragor().stream()
                .map(f -> new FragaView(f.kod(), f.rubrik(), f.text(), f.svarstyp().name(), f.forklaringKravsVid()))
                .toList(), fb.version());
    }
}
