package se.finsam.uppfoljning.layout.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of a layout uploaded by a report designer (version 2 onwards; version 1 is the build's
 * own and is not stored). Its source passed the layout check when it was uploaded and is never
 * changed; it is a draft until it is first published.
 */
@Entity
@Table(name = "layout_version")
@NamedQuery(name = SparadLayout.BY_NAMN,
        query = "select l from SparadLayout l where l.forbundKod = :forbund and l.namn = :namn order by l.version")
@NamedQuery(name = SparadLayout.BY_VERSION,
        query = "select l from SparadLayout l where l.forbundKod = :forbund and l.namn = :namn and l.version = :version")
@NamedQuery(name = SparadLayout.SENASTE,
        query = "select max(l.version) from SparadLayout l where l.forbundKod = :forbund and l.namn = :namn")
public class SparadLayout extends Numrerad {

    public static final String BY_NAMN = "SparadLayout.byNamn";
    public static final String BY_VERSION = "SparadLayout.byVersion";
    public static final String SENASTE = "SparadLayout.senaste";

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(nullable = false, length = 60)
    private String namn;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String jrxml;

    @Column(length = 500)
    private String kommentar;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "skapad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "skapad_at"))
    private Stampel skapad;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "publicerad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "publicerad_at"))
    private Stampel publicerad;

    protected SparadLayout() {
    }

    public SparadLayout(String forbundKod, String namn, int version, String jrxml, String kommentar,
                        String skapadAv, Instant skapadAt) {
        this.forbundKod = Objects.requireNonNull(forbundKod, "En layout hör till ett förbund.");
        this.namn = Objects.requireNonNull(namn, "En layout har ett namn.");
        if (version < 2) {
            throw new IllegalArgumentException("Version 1 är byggets egen; uppladdade versioner börjar på 2.");
        }
        this.version = version;
        this.jrxml = Objects.requireNonNull(jrxml, "En layout har sin källa.");
        this.kommentar = kommentar;
        this.skapad = Stampel.av(skapadAv, skapadAt);
    }

    /** Marks the version as published (the first time only: a later rollback to it keeps the first date). */
    public void published(String vem, Instant nar) {
        if (publicerad == null) {
            this.publicerad = Stampel.av(vem, nar);
        }
    }

    public String namn() { return namn; }
    public int version() { return version; }
    public String jrxml() { return jrxml; }
    public Optional<String> kommentar() { return Optional.ofNullable(kommentar); }
    public String skapadAv() { return skapad.vem(); }
    public Instant skapadAt() { return skapad.nar(); }
    public Optional<String> publiceradAv() { return Optional.ofNullable(publicerad).map(Stampel::vem); }
    public Optional<Instant> publiceradAt() { return Optional.ofNullable(publicerad).map(Stampel::nar); }
}
