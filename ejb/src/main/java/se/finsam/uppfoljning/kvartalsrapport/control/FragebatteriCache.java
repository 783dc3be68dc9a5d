package se.finsam.uppfoljning.kvartalsrapport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.plattform.control.Klusterlage;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which question sets a förbund has and from when: asked on every read of a report not yet started
 * and on every new report, changed a few times a year. Only the start and the id of each set are
 * kept; the set itself comes from the persistence context as before, so a reworded question is seen
 * at once. The list changes only when a set is created ({@link FragebatteriSkapat}): while such a
 * transaction is open nothing is cached (its own later lookups must see the new set, others must
 * not before it commits), and the list is dropped when it completes, committed or not.
 * One instance per JVM: in a cluster ({@link Klusterlage}) another node's new set would not drop this
 * node's list, so there nothing is kept and every lookup asks the database (one small query).
 */
@ApplicationScoped
public class FragebatteriCache {

    record Start(Rapportperiod fran, long id) {
    }

    private final Map<String, List<Start>> starts = new ConcurrentHashMap<>();
    private final AtomicInteger creating = new AtomicInteger();
    private final AtomicLong generation = new AtomicLong();
    private final boolean keep = !Klusterlage.aktivt();

    @PersistenceContext
    EntityManager em;

    public Optional<Fragebatteri> iKraft(String forbund, Rapportperiod period) {
        List<Start> known = starts.get(forbund);
        if (known == null) {
            long before = generation.get();
            known = load(forbund);
            if (keep && creating.get() == 0 && generation.get() == before) {
                starts.putIfAbsent(forbund, known);
            }
        }
        return Fragebatteriregel.iKraft(known, Start::fran, period).map(s -> em.find(Fragebatteri.class, s.id()));
    }

    void creating(@Observes FragebatteriSkapat e) {
        creating.incrementAndGet();
        forget();
    }

    void created(@Observes(during = TransactionPhase.AFTER_COMPLETION) FragebatteriSkapat e) {
        creating.decrementAndGet();
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        starts.clear();
    }

    private List<Start> load(String forbund) {
        // every year's sets: one that started in an earlier year can still be in force
        return em.createNamedQuery(Fragebatteri.BY_FORBUND_UP_TO_AR, Fragebatteri.class)
                .setParameter("forbund", forbund).setParameter("ar", Integer.MAX_VALUE).getResultStream()
                .map(f -> new Start(f.gallerFran(), f.id())).toList();
    }
}
