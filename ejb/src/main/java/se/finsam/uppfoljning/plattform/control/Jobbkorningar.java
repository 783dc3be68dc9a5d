package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Work that happens once per cluster and day although every node's timer fires: a row per (job, day)
 * in {@code jobbkorning}, inserted in the caller's transaction (docs/decisions/0031-cluster.md). The
 * first node's insert wins; another node's insert of the same key waits on the row until that
 * transaction ends and then does nothing, or, if the first node died and its transaction was rolled
 * back, wins itself. So the job runs once, and still runs when the node that began it dies.
 */
@ApplicationScoped
public class Jobbkorningar {

    /** This JVM ({@code pid@host}), for the row: which node ran the day's job. */
    private static final String NOD = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /** Claims (job, day) for the current transaction; false when another transaction already has it. */
    public boolean tillMig(String jobb, LocalDate dag) {
        // ON CONFLICT DO NOTHING instead of a persisted entity: a failed insert would doom the
        // transaction, and a timer whose transaction rolls back is retried by the container
        return em.createNativeQuery("insert into jobbkorning (jobb, dag, nod) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, jobb).setParameter(2, dag).setParameter(3, NOD).executeUpdate() == 1;
    }
}
