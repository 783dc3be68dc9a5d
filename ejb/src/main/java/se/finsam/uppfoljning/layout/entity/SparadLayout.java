package se.finsam.uppfoljning.layout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
public class SparadLayout {

    public static final String BY_NAMN = "SparadLayout.byNamn";
    public static final String BY_VERSION = "SparadLayout.byVersion";
    public static final String SENASTE = "SparadLayout.senaste";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "skapad_av", nullable = false, length = 200)
    private String skapadAv;

    @Column(name = "skapad_at", nullable = false)
    private OffsetDateTime skapadAt;

    @Column(name = "publicerad_av", length = 200)
    private String publiceradAv;

    @Column(name = "publicerad_at")
    private OffsetDateTime publiceradAt;

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
        this.skapadAv = Objects.requireNonNull(skapadAv);
        this.skapadAt = skapadAt.atOffset(ZoneOffset.UTC);
    }

    /** Marks the version as published (the first time only: a later rollback to it keeps the first date). */
    public void published(String vem, Instant nar) {
        if (publiceradAt == null) {
            this.publiceradAv = Objects.requireNonNull(vem);
            this.publiceradAt = nar.atOffset(ZoneOffset.UTC);
        }
    }

    public String namn() { return namn; }
    public int version() { return version; }
    public String jrxml() { return jrxml; }
    public Optional<String> kommentar() { return Optional.ofNullable(kommentar); }
    public String skapadAv() { return skapadAv; }
    public Instant skapadAt() { return skapadAt.toInstant(); }
    public Optional<String> publiceradAv() { return Optional.ofNullable(publiceradAv); }
    public Optional<Instant> publiceradAt() { return Optional.ofNullable(publiceradAt).map(OffsetDateTime::toInstant); }
}
