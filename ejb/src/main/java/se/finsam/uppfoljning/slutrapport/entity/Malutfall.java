package se.finsam.uppfoljning.slutrapport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One goal of the insats (by its number) as the final report sums it up: the outcome and whether it was reached. */
@Embeddable
public class Malutfall implements java.io.Serializable {

    @Column(nullable = false)
    private int nummer;

    @Column(nullable = false, length = 8000)
    private String utfall;

    @Column(nullable = false)
    private boolean uppnatt;

    protected Malutfall() {
    }

    public Malutfall(int nummer, String utfall, boolean uppnatt) {
        if (nummer < 1) {
            throw new IllegalArgumentException("Målnummer börjar på 1.");
        }
        this.nummer = nummer;
        this.utfall = Objects.requireNonNull(utfall);
        this.uppnatt = uppnatt;
    }

    public int nummer() { return nummer; }
    public String utfall() { return utfall; }
    public boolean uppnatt() { return uppnatt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Malutfall m && m.nummer == nummer && m.utfall.equals(utfall) && m.uppnatt == uppnatt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nummer, utfall, uppnatt);
    }
}
