package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A count by sex: kvinnor (K) and män (M). The sum is computed, never stored. */
@Embeddable
public class Antal implements java.io.Serializable {

    public static final Antal NOLL = new Antal(0, 0);

    @Column(name = "k")
    private int k;

    @Column(name = "m")
    private int m;

    protected Antal() {
    }

    public Antal(int k, int m) {
        if (k < 0 || m < 0) {
            throw new IllegalArgumentException("Ett antal kan inte vara negativt.");
        }
        this.k = k;
        this.m = m;
    }

    public static Antal of(int k, int m) {
        return new Antal(k, m);
    }

    public int k() { return k; }
    public int m() { return m; }

    public int summa() {
        return k + m;
    }

    public int av(Kon kon) {
        return kon == Kon.K ? k : m;
    }

    public Antal plus(Antal o) {
        return new Antal(k + o.k, m + o.m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Antal a && a.k == k && a.m == m;
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, m);
    }

    @Override
    public String toString() {
        return k + "/" + m;
    }
}
