package se.finsam.uppfoljning.pm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.util.Objects;

/** A file rendered when a PM was frozen (PDF, DOCX or XLSX; internal or public), kept as it was delivered then. */
@Entity
@Table(name = "pm_faststalld_fil")
@NamedQuery(name = FaststalldFil.BY_PM_AND_FORMAT,
        query = "select f from FaststalldFil f where f.pm = :pm and f.format = :format and f.utgava = :utgava")
public class FaststalldFil extends Numrerad {

    public static final String BY_PM_AND_FORMAT = "FaststalldFil.byPmAndFormat";

    @ManyToOne(optional = false)
    @JoinColumn(name = "pm_id")
    private FaststalltPm pm;

    @Column(nullable = false, length = 10)
    private String format;

    /** INTERN or OFFENTLIG (the pm.control.PmUtgava's name). */
    @Column(nullable = false, length = 10)
    private String utgava;

    @Column(nullable = false)
    private byte[] innehall;

    protected FaststalldFil() {
    }

    public FaststalldFil(FaststalltPm pm, String format, String utgava, byte[] innehall) {
        this.pm = Objects.requireNonNull(pm);
        this.format = Objects.requireNonNull(format);
        this.utgava = Objects.requireNonNull(utgava);
        this.innehall = Objects.requireNonNull(innehall).clone();
    }

    public String format() { return format; }
    public byte[] innehall() { return innehall.clone(); }
}
