package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A person's assignment to an insats: as its rapportör or as a member of its styrgrupp. */
@Embeddable
public class Tilldelning implements java.io.Serializable {

    public static final String RAPPORTOR = "rapportor";
    public static final String STYRGRUPP = "styrgrupp";

    @Column(nullable = false, length = 200)
    private String anvandare;

    @Column(nullable = false, length = 20)
    private String roll;

    protected Tilldelning() {
    }

    public Tilldelning(String anvandare, String roll) {
        this.anvandare = Objects.requireNonNull(anvandare, "Användare krävs.");
        if (!RAPPORTOR.equals(roll) && !STYRGRUPP.equals(roll)) {
            throw new IllegalArgumentException("Okänd tilldelningsroll: " + roll);
        }
        this.roll = roll;
    }

    public String anvandare() { return anvandare; }
    public String roll() { return roll; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tilldelning t && t.anvandare.equals(anvandare) && t.roll.equals(roll);
    }

    @Override
    public int hashCode() {
        return Objects.hash(anvandare, roll);
    }
}
