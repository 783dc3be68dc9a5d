package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A member of an insats' steering group (styrgrupp) and the partner they represent. */
@Embeddable
public class StyrgruppLedamot implements java.io.Serializable {

    @Column(nullable = false, length = 200)
    private String namn;

    @Column(nullable = false, length = 60)
    private String organisation;

    protected StyrgruppLedamot() {
    }

    public StyrgruppLedamot(String namn, String organisation) {
        this.namn = Objects.requireNonNull(namn);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public String namn() { return namn; }
    public String organisation() { return organisation; }

    @Override
    public boolean equals(Object o) {
        return o instanceof StyrgruppLedamot s && s.namn.equals(namn) && s.organisation.equals(organisation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namn, organisation);
    }
}
