package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.partner.control.PartnerLookup;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;
import java.util.Optional;

/**
 * The office's question sets: one per year and the quarter it applies from. Editing adds questions
 * or rewords them in place; a question's answer type never changes once asked, so reports already
 * answered keep their meaning.
 */
@Stateless
public class Fragebatterier {

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

    public FragebatteriView spara(@NotNull Caller caller, Ar ar, int franKvartal,
                                        @NotNull @Size(min = 1, message = "Minst en fråga krävs.") List<@Valid FragaView> fragor) {
        Atkomst.requireReviewer(caller);
        if (franKvartal < 1 || franKvartal > 4) {
            throw UppfoljningException.withFields(KvartalsrapportFel.OGILTIG_PERIOD,
                    List.of(new FieldError("franKvartal", "Kvartal är 1–4.")), "Kvartal är 1–4.");
        }
        String forbundKod = Atkomst.forbund(caller);
        Forbund forbund = partners.forbund(new ForbundKod(forbundKod)).orElseThrow();
        Fragebatteri fb = em.createNamedQuery(Fragebatteri.BY_FORBUND_AND_AR, Fragebatteri.class)
                .setParameter("forbund", forbundKod).setParameter("ar", ar.varde()).getResultStream()
                .filter(f -> f.franKvartal() == franKvartal).findFirst()
                .orElseGet(() -> {
                    Fragebatteri ny = new Fragebatteri(forbund, ar.varde(), franKvartal);
                    em.persist(ny);
                    skapat.fire(new FragebatteriSkapat(forbundKod));
                    return ny;
                });
        for (int i = 0; i < fragor.size(); i++) {
            FragaView f = fragor.get(i);
            try {
                String before = fb.fraga(f.kod()).map(q -> q.rubrik() + " | " + q.text()).orElse(null);
                fb.ask(f.kod(), f.rubrik(), f.text(), Svarstyp.valueOf(f.svarstyp()),
                        f.forklaringKravsVid() == null ? List.of() : f.forklaringKravsVid());
                em.flush();
                audit.record(caller, forbundKod, "Fragebatteri", fb.id(), "fraga." + f.kod(), before, f.rubrik() + " | " + f.text());
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw UppfoljningException.of(KvartalsrapportFel.FRAGA_KAN_INTE_ANDRAS, e.getMessage());
            }
        }
        List<String> ordning = fragor.stream().map(FragaView::kod).toList();
        if (ordning.size() == fb.fragor().size() && !ordning.equals(fb.fragor().stream().map(f -> f.kod()).toList())) {
            // the whole set sent (the page does): its order is the new order; a partial PUT only adds and rewords
            fb.arrange(ordning);
            em.flush();
            audit.record(caller, forbundKod, "Fragebatteri", fb.id(), "ordning", null, String.join(", ", ordning));
        }
        return view(fb);
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
                .toList());
    }
}
