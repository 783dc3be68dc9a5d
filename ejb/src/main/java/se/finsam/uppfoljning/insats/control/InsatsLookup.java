package se.finsam.uppfoljning.insats.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Finds an insats for a caller; one the caller may not see is "not found", exists or not. */
@Dependent
public class InsatsLookup {

    /** EclipseLink's read-only query hint ("eclipselink.read-only"), without a compile dependency on EclipseLink. */
    public static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    public Insats find(Caller caller, long id, BiPredicate<Caller, Insats> mayAccess) {
        return check(caller, em.find(Insats.class, id), mayAccess);
    }

    /**
     * For reading only: EclipseLink hands out its shared-cache object instead of building a managed
     * copy, which is most of the cost of a read under load. The result must never be changed.
     */
    public Insats findForReading(Caller caller, long id, BiPredicate<Caller, Insats> mayAccess) {
        return check(caller, em.find(Insats.class, id, Map.of(InsatsLookup.READ_ONLY, "True")), mayAccess);
    }

    /** The förbund's insatser, managed, in the register's order: the one query path to them for the components above. */
    public List<Insats> allaAv(ForbundKod forbund) {
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde()).getResultList();
    }

    private static Insats check(Caller caller, Insats insats, BiPredicate<Caller, Insats> mayAccess) {
        if (insats == null || !mayAccess.test(caller, insats)) {
            throw UppfoljningException.of(InsatsFel.FINNS_INTE);
        }
        return insats;
    }
}
