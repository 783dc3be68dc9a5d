package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.AuditEntry;

import java.io.StringReader;
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

    /** Records one field's change of a versioned object, tagged with the version the change produced. */
    public void record(Caller who, String forbundKod, String objectType, Object objectId, long newVersion,
                       String field, Object before, Object after) {
        entry(who, forbundKod, objectType, objectId, field, before, after).ifPresent(e -> em.persist(e.atVersion(newVersion)));
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

    /**
     * Records the fields that differ between two snapshots of a versioned object as one row (for an
     * object with many figures written in batches, such as an import): {@code field}, with the
     * changed fields' values before and after as JSON objects (field → text or null); before is null
     * when the object is new. Nothing when nothing differs.
     */
    public void recordChangesInOneRow(Caller who, String forbundKod, String objectType, Object objectId, long newVersion,
                                      String field, Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        JsonObjectBuilder fore = Json.PROVIDER.createObjectBuilder();
        JsonObjectBuilder efter = Json.PROVIDER.createObjectBuilder();
        boolean andrad = false;
        for (String f : fields) {
            String b = before.get(f);
            String a = after.get(f);
            if (!Objects.equals(b, a)) {
                andrad = true;
                Json.put(fore, f, b);
                Json.put(efter, f, a);
            }
        }
        if (andrad) {
            em.persist(new AuditEntry(forbundKod, who.username(), Instant.now(clock), objectType, String.valueOf(objectId),
                    field, before.isEmpty() ? null : fore.build().toString(), efter.build().toString()).atVersion(newVersion));
        }
    }

    /** The JSON provider, looked up once (each static {@code jakarta.json.Json} call looks it up again). */
    private static final class Json {
        static final JsonProvider PROVIDER = JsonProvider.provider();

        static JsonObject read(String json) {
            try (JsonReader r = PROVIDER.createReader(new StringReader(json))) {
                return r.readObject();
            }
        }

        static String text(JsonObject o, String name) {
            JsonValue v = o.get(name);
            return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null
                    : v instanceof JsonString s ? s.getString() : v.toString();
        }

        static void put(JsonObjectBuilder b, String name, String value) {
            if (value == null) {
                b.addNull(name);
            } else {
                b.add(name, value);
            }
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

    /**
     * What others changed after {@code version}, one entry per changed field, each saying who changed
     * it from what to what: the fields of the refusal of a save from a stale version. Every versioned
     * record's stale save answers with this, so all of them read alike.
     */
    public List<FieldError> changedSince(String objectType, Object objectId, long version) {
        return changes(since(objectType, objectId, version));
    }

    static List<FieldError> changes(List<AuditEntry> rows) {
        return rows.stream().map(a -> change(a, a.field(), a.before(), a.after())).toList();
    }

    /**
     * As {@link #changedSince}, for an object audited with {@link #recordChangesInOneRow}: each row's
     * JSON objects are opened into one entry per changed field.
     */
    public List<FieldError> changedInOneRowSince(String objectType, Object objectId, long version) {
        return changesInOneRow(since(objectType, objectId, version));
    }

    static List<FieldError> changesInOneRow(List<AuditEntry> rows) {
        List<FieldError> changed = new java.util.ArrayList<>();
        for (AuditEntry a : rows) {
            JsonObject fore;
            JsonObject efter;
            try {
                fore = a.before() == null ? JsonValue.EMPTY_JSON_OBJECT : Json.read(a.before());
                efter = Json.read(a.after() == null ? "{}" : a.after());
            } catch (JsonException | ClassCastException notOneRow) {
                // a row written field by field: it names its own field
                changed.add(change(a, a.field(), a.before(), a.after()));
                continue;
            }
            Set<String> fields = new LinkedHashSet<>(fore.keySet());
            fields.addAll(efter.keySet());
            fields.forEach(f -> changed.add(change(a, f, Json.text(fore, f), Json.text(efter, f))));
        }
        return changed;
    }

    private static FieldError change(AuditEntry a, String field, String before, String after) {
        return new FieldError(field, "Ändrat av " + a.changedBy() + ": " + quoted(before) + " → " + quoted(after));
    }

    private static String quoted(String s) {
        return s == null ? "(tomt)" : "\"" + s + "\"";
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
