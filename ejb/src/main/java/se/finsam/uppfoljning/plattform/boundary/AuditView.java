package se.finsam.uppfoljning.plattform.boundary;

import se.finsam.uppfoljning.plattform.entity.AuditEntry;

import java.time.Instant;

/** One row of the audit trail as the office reads it. */
public record AuditView(Instant tid, String vem, String objekt, String objektId, String falt, String fore, String efter) implements java.io.Serializable {

    public static AuditView of(AuditEntry a) {
        return new AuditView(a.at(), a.changedBy(), a.objectType(), a.objectId(), a.field(), a.before(), a.after());
    }
}
