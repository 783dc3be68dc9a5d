package se.finsam.uppfoljning.insats.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Finds an insats for a caller; one the caller may not see is "not found", exists or not. */
@Dependent
public class InsatsLookup {

    /** EclipseLink's read-only query hint ("eclipselink.read-only"), without a compile dependency on EclipseLink. */
    public static final String READ_ONLY = "eclipselink.read-only";
    /** EclipseLink's batch reading of a relation for all results of a query, by hint name for the same reason. */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

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

    /**
     * The insats of an id the caller's component already holds (from the register's read-in or a
     * relation), managed, to be referred to by that component's own entities; empty when it is gone.
     */
    public Optional<Insats> find(InsatsId id) {
        return Optional.ofNullable(em.find(Insats.class, id.varde()));
    }

    /** Every förbund's insatser, managed (the morning's reminders). */
    public List<Insats> alla() {
        return em.createQuery("select i from Insats i", Insats.class).getResultList();
    }

    /** A reference to the insats without reading it, for a new row of another component that refers to it. */
    public Insats reference(InsatsId id) {
        return em.getReference(Insats.class, id.varde());
    }

    /** The förbund's insatser, managed, in the register's order: the one query path to them for the components above. */
    public List<Insats> allaAv(ForbundKod forbund) {
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde()).getResultList();
    }

    /**
     * {@link #allaAv} for reading only (shared-cache objects that must never be changed): a list of
     * every insats is read on each visit to the year's budget and the gaps, and with managed copies
     * each insats cost its own queries for extensions, goals and short names every time. The
     * collections a list shows are read in one query each (batch reading) the first time and then
     * stay with the cached object.
     */
    public List<Insats> allaAvForReading(ForbundKod forbund) {
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde())
                .setHint(READ_ONLY, "True").setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "i.forlangningar").setHint(BATCH, "i.mal").setHint(BATCH, "i.kortnamnHistorik")
                .setHint(BATCH, "i.tilldelningar").setHint(BATCH, "i.styrgrupp").setHint(BATCH, "i.samverkansparter")
                .getResultList();
    }

    /**
     * The förbund's insatser of those ids, in one query, for reading only (shared-cache objects that
     * must never be changed); an id of another förbund is left out. For the read facades of the
     * components that report on an insats, which the PM hands the ids the register gave it.
     */
    public List<Insats> forReading(ForbundKod forbund, Collection<InsatsId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Insats i where i.id in :ids", Insats.class)
                .setParameter("ids", ids.stream().map(InsatsId::varde).toList()).setHint(READ_ONLY, "True")
                .getResultStream().filter(i -> i.forbund().kod().equals(forbund.varde())).toList();
    }

    private static Insats check(Caller caller, Insats insats, BiPredicate<Caller, Insats> mayAccess) {
        if (insats == null || !mayAccess.test(caller, insats)) {
            throw UppfoljningException.of(InsatsFel.FINNS_INTE);
        }
        return insats;
    }
}
