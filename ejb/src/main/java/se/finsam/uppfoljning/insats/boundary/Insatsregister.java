package se.finsam.uppfoljning.insats.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.AuditEntry;

import java.util.List;

/** The register of insatser, as far as the caller may see it. */
@Stateless
public class Insatsregister {

    public static final String OBJECT_TYPE = "Insats";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Kalender kalender;

    @Inject
    InsatsLookup lookup;

    public List<InsatsView> insatser(@NotNull Caller caller) {
        Atkomst.requireInsatsRole(caller);
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class)
                .setParameter("forbund", Atkomst.forbund(caller))
                .getResultStream().filter(i -> Atkomst.canSeeRegister(caller, i))
                .map(i -> InsatsView.of(i, kalender.idag())).toList();
    }

    public InsatsView insats(@NotNull Caller caller, InsatsId id) {
        Atkomst.requireInsatsRole(caller);
        Insats insats = visible(caller, id.varde());
        return InsatsView.of(insats, kalender.idag());
    }

    public List<AuditView> historik(@NotNull Caller caller, InsatsId id) {
        Atkomst.requireHistoryReader(caller);
        visible(caller, id.varde());
        return em.createQuery("select a from AuditEntry a where (a.objectType = :insats and a.objectId = :id) "
                        + "or (a.objectType = 'Kvartalsrapport' and a.objectId in "
                        + "(select cast(r.id as varchar(60)) from Kvartalsrapport r where r.insats.id = :insatsId)) "
                        + "order by a.at, a.id", AuditEntry.class)
                .setParameter("insats", OBJECT_TYPE).setParameter("id", String.valueOf(id)).setParameter("insatsId", id)
                .getResultStream().map(AuditView::of).toList();
    }

    private Insats visible(Caller caller, long id) {
        return lookup.find(caller, id, Atkomst::canSeeRegister);
    }
}
