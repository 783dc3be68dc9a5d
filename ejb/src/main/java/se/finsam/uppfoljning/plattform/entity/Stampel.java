package se.finsam.uppfoljning.plattform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Who did something to a record and when, as a stamp on a paper: submitted, approved, decided,
 * written, last changed. The columns default to {@code andrad_av}/{@code andrad_at} (last changed,
 * the most common); an entity that keeps another act names its columns with
 * {@code @AttributeOverride}. A stamp not yet given is a null field: EclipseLink reads all-null
 * columns as no stamp. The time is an {@code OffsetDateTime} in UTC: EclipseLink 4.0 cannot bind an
 * {@code Instant} to {@code timestamptz}.
 */
@Embeddable
public class Stampel implements java.io.Serializable {

    @Column(name = "andrad_av", length = 200)
    private String vem;

    @Column(name = "andrad_at")
    private OffsetDateTime nar;

    protected Stampel() {
    }

    private Stampel(String vem, OffsetDateTime nar) {
        this.vem = vem;
        this.nar = nar;
    }

    /** The username of who did it and the instant, kept in UTC. */
    public static Stampel av(String vem, Instant nar) {
        return new Stampel(Objects.requireNonNull(vem, "Vem saknas."), Objects.requireNonNull(nar, "När saknas.").atOffset(ZoneOffset.UTC));
    }

    public String vem() { return vem; }
    public Instant nar() { return nar.toInstant(); }

    /** The same person at the same instant, whatever offset the database handed the time back in. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Stampel s && Objects.equals(s.vem, vem) && Objects.equals(instant(s.nar), instant(nar));
    }

    @Override
    public int hashCode() {
        return Objects.hash(vem, instant(nar));
    }

    private static Instant instant(OffsetDateTime tid) {
        return tid == null ? null : tid.toInstant();
    }

    @Override
    public String toString() {
        return vem + " " + nar;
    }
}
