package se.finsam.uppfoljning.behorighet.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.behorighet.entity.AuditEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Records changes in the caller's transaction, so a change and its audit rows commit or roll back
 * together.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public void record(Caller who, String forbundKod, String objectType, Object objectId,
                       String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        em.persist(new AuditEntry(forbundKod, who.username(), Instant.now(clock), objectType,
                String.valueOf(objectId), field, text(before), text(after)));
    }

    public List<AuditEntry> of(String objectType, Object objectId) {
        return em.createNamedQuery(AuditEntry.BY_OBJECT, AuditEntry.class)
                .setParameter("type", objectType)
                .setParameter("id", String.valueOf(objectId))
                .getResultList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
