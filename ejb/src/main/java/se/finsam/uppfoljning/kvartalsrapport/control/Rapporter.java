package se.finsam.uppfoljning.kvartalsrapport.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import se.finsam.uppfoljning.plattform.control.Klusterlage;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one way to find an insats' report for a quarter, for changing it or only for reading it. */
@Dependent
public class Rapporter {

    @PersistenceContext
    EntityManager em;

    public Optional<Kvartalsrapport> find(Insats insats, Rapportperiod period) {
        TypedQuery<Kvartalsrapport> q = em.createNamedQuery(Kvartalsrapport.BY_INSATS_AND_PERIOD, Kvartalsrapport.class)
                .setParameter("insats", insats).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal());
        // in a cluster the shared cache may not yet hold another node's last commit: a write built on
        // it would refuse the version the writer read there (a false 409); the row read decides instead
        return (KLUSTER ? q.setHint(REFRESH, "True").setHint(REFRESH_CASCADE, "CascadeAllParts") : q)
                .getResultStream().findFirst();
    }

    /** The shared-cache object, cheaper under load; it must never be changed. */
    public Optional<Kvartalsrapport> findForReading(Insats insats, Rapportperiod period) {
        return findForReading(insats.id(), period);
    }

    /** The shared-cache object, cheaper under load; it must never be changed. */
    public Optional<Kvartalsrapport> findForReading(long insatsId, Rapportperiod period) {
        // the named query carries its hints (read-only, results cache): a hint set here would copy
        // the query, and the copy would keep a results cache of its own, never hit again
        Optional<Kvartalsrapport> cached = em.createNamedQuery(Kvartalsrapport.FOR_READING, Kvartalsrapport.class)
                .setParameter("insats", insatsId).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal())
                .getResultStream().findFirst();
        if (!KLUSTER) {
            return cached;
        }
        // in a cluster another node's commit reaches this node's caches a moment after that commit
        // returned (docs/decisions/0031-cluster.md): the version in the database says whether the
        // cached report is the latest, and a report that is not is read again into the cache (also one
        // another node created: a new object's insert is not coordinated, so this node's results
        // cache may still answer "none" for it)
        Optional<Long> version = em.createNamedQuery(Kvartalsrapport.VERSION_BY_INSATS_AND_PERIOD, Long.class)
                .setParameter("insats", insatsId).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal())
                .getResultStream().findFirst();
        if (version.equals(cached.map(Kvartalsrapport::version))) {
            return cached;
        }
        // not FOR_READING with a refresh hint: its copy would still answer from the results cache
        return em.createNamedQuery(Kvartalsrapport.BY_INSATS_ID_AND_PERIOD, Kvartalsrapport.class)
                .setParameter("insats", insatsId).setParameter("ar", period.ar())
                .setParameter("kvartal", period.kvartal()).setHint(InsatsLookup.READ_ONLY, "True")
                .setHint(REFRESH, "True").setHint(REFRESH_CASCADE, "CascadeAllParts").getResultStream().findFirst();
    }

    private static final boolean KLUSTER = Klusterlage.aktivt();
    private static final String REFRESH = "eclipselink.refresh";
    private static final String REFRESH_CASCADE = "eclipselink.refresh.cascade";

    /** Every report of the förbund, for reading only: the work lists and the insatser page index them. */
    public List<Kvartalsrapport> allaForReading(String forbund) {
        return em.createNamedQuery(Kvartalsrapport.BY_FORBUND, Kvartalsrapport.class)
                .setParameter("forbund", forbund).setHint(InsatsLookup.READ_ONLY, "True").getResultList();
    }

    /**
     * The reports of a förbund's insatser for a quarter, by insats id, for reading only: one query
     * (and one per relation, batched) for a whole table instead of one per insats.
     */
    public Map<Long, Kvartalsrapport> forReading(String forbund, Rapportperiod period) {
        return em.createNamedQuery(Kvartalsrapport.BY_FORBUND_AND_PERIOD, Kvartalsrapport.class)
                .setParameter("forbund", forbund).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal())
                .setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.toMap(r -> r.insats().id(), Function.identity()));
    }
}
