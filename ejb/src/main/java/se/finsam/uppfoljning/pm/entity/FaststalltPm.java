package se.finsam.uppfoljning.pm.entity;

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

/**
 * A frozen PM of one förbund and half-year: the data snapshot it was made from (the PM's DTOs as
 * JSON), the version of the layouts it was rendered with, and who froze it when. Immutable once
 * written: nothing here has a setter, and a PM is frozen once.
 */
@Entity
@Table(name = "pm_faststallt")
@NamedQuery(name = FaststalltPm.BY_PM,
        query = "select p from FaststalltPm p where p.forbundId = :forbund and p.ar = :ar and p.halvar = :halvar")
public class FaststalltPm extends Numrerad {

    public static final String BY_PM = "FaststalltPm.byPm";

    /** The förbund's key: the förbund is partner's entity, named here by its id only (issue 18). */
    @Column(name = "forbund_id", nullable = false)
    private long forbundId;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int halvar;

    @Column(nullable = false)
    private String underlag;

    /** The build's layout hash and every layout's version in the förbund's library (V9 widened it). */
    @Column(nullable = false, length = 1000)
    private String layoutversion;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "faststallt_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "faststallt_at"))
    private Stampel faststallt;

    protected FaststalltPm() {
    }

    public FaststalltPm(long forbundId, int ar, int halvar, String underlag, String layoutversion, String vem, Instant nar) {
        if (forbundId <= 0) {
            throw new IllegalArgumentException("Ett fastställt PM hör till ett förbund.");
        }
        this.forbundId = forbundId;
        if (halvar != 1 && halvar != 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        this.ar = ar;
        this.halvar = halvar;
        this.underlag = Objects.requireNonNull(underlag, "Ett fastställt PM behöver sitt underlag.");
        this.layoutversion = Objects.requireNonNull(layoutversion, "Layoutversionen saknas.");
        this.faststallt = Stampel.av(vem, nar);
    }

    public int ar() { return ar; }
    public int halvar() { return halvar; }
    public String underlag() { return underlag; }
    public String layoutversion() { return layoutversion; }
    public String faststalltAv() { return faststallt.vem(); }
    public Instant faststalltAt() { return faststallt.nar(); }
}
