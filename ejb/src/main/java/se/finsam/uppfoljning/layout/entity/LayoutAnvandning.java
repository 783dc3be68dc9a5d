package se.finsam.uppfoljning.layout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One rendered PM and the layout versions that rendered it ({@code pm=1, pm-tabell-5=2}). */
@Entity
@Table(name = "layout_anvandning")
@NamedQuery(name = LayoutAnvandning.BY_PM, query = "select a from LayoutAnvandning a where a.forbundKod = :forbund "
        + "and a.ar = :ar and a.halvar = :halvar order by a.renderadAt desc, a.id desc")
public class LayoutAnvandning extends Numrerad {

    public static final String BY_PM = "LayoutAnvandning.byPm";

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int halvar;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(nullable = false, length = 1000)
    private String versioner;

    @Column(name = "renderad_at", nullable = false)
    private OffsetDateTime renderadAt;

    protected LayoutAnvandning() {
    }

    public LayoutAnvandning(String forbundKod, int ar, int halvar, String format, String versioner, Instant nar) {
        this.forbundKod = Objects.requireNonNull(forbundKod);
        this.ar = ar;
        this.halvar = halvar;
        this.format = Objects.requireNonNull(format);
        this.versioner = Objects.requireNonNull(versioner);
        this.renderadAt = nar.atOffset(ZoneOffset.UTC);
    }

    public int ar() { return ar; }
    public int halvar() { return halvar; }
    public String format() { return format; }
    public String versioner() { return versioner; }
    public Instant renderadAt() { return renderadAt.toInstant(); }
}
