package se.finsam.uppfoljning.avvikelse.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** The one way to find deviation reports. */
@Dependent
public class Avvikelser {

    @PersistenceContext
    EntityManager em;

    public Optional<Avvikelse> find(long id) {
        return Optional.ofNullable(em.find(Avvikelse.class, id));
    }

    public List<Avvikelse> of(Insats insats) {
        return em.createNamedQuery(Avvikelse.BY_INSATS, Avvikelse.class).setParameter("insats", insats).getResultList();
    }

    /** The deviations of many insatser, by insats id, each insats' in its own order; read-only, one query. */
    public Map<Long, List<Avvikelse>> forReading(Collection<Long> insatser) {
        if (insatser.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Avvikelse a where a.insats.id in :insatser order by a.inkommen, a.id", Avvikelse.class)
                .setParameter("insatser", List.copyOf(insatser)).setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.groupingBy(a -> a.insats().id()));
    }

    public List<Avvikelse> ofForbund(String forbund) {
        return em.createNamedQuery(Avvikelse.BY_FORBUND, Avvikelse.class).setParameter("forbund", forbund)
                .setHint(InsatsLookup.READ_ONLY, "True").getResultList();
    }
}
