package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.plattform.entity.AuditEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        entry(who, forbundKod, objectType, objectId, field, before, after).ifPresent(em::persist);
    }

    /** Records every field that differs between two snapshots of a versioned object. */
    public void recordChanges(Caller who, String forbundKod, String objectType, Object objectId, long newVersion,
                              Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            entry(who, forbundKod, objectType, objectId, field, before.get(field), after.get(field))
                    .ifPresent(e -> em.persist(e.atVersion(newVersion)));
        }
    }

    /** What others changed after {@code version}: the answer to a stale save. */
    public List<AuditEntry> since(String objectType, Object objectId, long version) {
        return em.createNamedQuery(AuditEntry.BY_OBJECT_SINCE, AuditEntry.class)
                .setParameter("type", objectType)
                .setParameter("id", String.valueOf(objectId))
                .setParameter("version", version)
                .getResultList();
    }

    private Optional<AuditEntry> entry(Caller who, String forbundKod, String objectType, Object objectId,
                                       String field, Object before, Object after) {
        if (Objects.equals(text(before), text(after))) {
            return Optional.empty();
        }
        return Optional.of(new AuditEntry(forbundKod, who.username(), Instant.now(clock), objectType,
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
