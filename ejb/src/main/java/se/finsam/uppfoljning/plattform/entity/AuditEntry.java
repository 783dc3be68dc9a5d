package se.finsam.uppfoljning.plattform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One recorded change to reported data: who changed which field of which object, when, from what
 * to what. Rows are only ever inserted.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.BY_OBJECT,
        query = "select a from AuditEntry a where a.objectType = :type and a.objectId = :id order by a.at, a.id")
@NamedQuery(name = AuditEntry.BY_OBJECT_SINCE,
        query = "select a from AuditEntry a where a.objectType = :type and a.objectId = :id and a.objectVersion > :version order by a.at, a.id")
public class AuditEntry {

    public static final String BY_OBJECT = "AuditEntry.byObject";
    public static final String BY_OBJECT_SINCE = "AuditEntry.byObjectSince";

    /**
     * From a sequence handing out blocks of 50 (V11; its increment must equal the allocation size):
     * known before the insert, so many audit rows (an import's) go to the database in JDBC batches.
     * Rows of one transaction get increasing ids; the trail is read in time order first.
     */
    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    // OffsetDateTime, not Instant: EclipseLink 4.0 serialises an Instant into bytea
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "object_type", nullable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 60)
    private String objectId;

    @Column(nullable = false, length = 100)
    private String field;

    @Column(name = "value_before")
    private String before;

    @Column(name = "value_after")
    private String after;

    @Column(name = "object_version")
    private Long objectVersion;

    protected AuditEntry() {
    }

    public AuditEntry(String forbundKod, String changedBy, Instant at, String objectType, String objectId,
                      String field, String before, String after) {
        this.forbundKod = Objects.requireNonNull(forbundKod, "förbund krävs");
        this.changedBy = Objects.requireNonNull(changedBy, "vem som ändrade krävs");
        this.at = Objects.requireNonNull(at, "tidpunkt krävs").atOffset(ZoneOffset.UTC);
        this.objectType = Objects.requireNonNull(objectType, "objekttyp krävs");
        this.objectId = Objects.requireNonNull(objectId, "objekt-id krävs");
        this.field = Objects.requireNonNull(field, "fält krävs");
        this.before = before;
        this.after = after;
    }

    /** The version of the changed object this change produced, where the object is versioned. */
    public AuditEntry atVersion(long version) {
        this.objectVersion = version;
        return this;
    }

    public Long objectVersion() { return objectVersion; }
    public Long id() { return id; }
    public String forbundKod() { return forbundKod; }
    public String changedBy() { return changedBy; }
    public Instant at() { return at.toInstant(); }
    public String objectType() { return objectType; }
    public String objectId() { return objectId; }
    public String field() { return field; }
    public String before() { return before; }
    public String after() { return after; }
}
