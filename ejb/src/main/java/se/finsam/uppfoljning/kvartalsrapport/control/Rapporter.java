package se.finsam.uppfoljning.kvartalsrapport.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return query(insats, period, false);
    }

    /** The shared-cache object, cheaper under load; it must never be changed. */
    public Optional<Kvartalsrapport> findForReading(Insats insats, Rapportperiod period) {
        return query(insats, period, true);
    }

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

    private Optional<Kvartalsrapport> query(Insats insats, Rapportperiod period, boolean readOnly) {
        var q = em.createNamedQuery(Kvartalsrapport.BY_INSATS_AND_PERIOD, Kvartalsrapport.class)
                .setParameter("insats", insats).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal());
        if (readOnly) {
            q.setHint(InsatsLookup.READ_ONLY, "True");
        }
        return q.getResultStream().findFirst();
    }
}
