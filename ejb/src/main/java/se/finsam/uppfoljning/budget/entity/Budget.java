package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.util.Objects;
import java.util.Optional;

/**
 * The budget the förbund granted an insats for one calendar year, in exact kronor. The first half of
 * the year gets half of the year's budget unless the office recorded another split; carry-overs
 * ({@link Overforing}) raise the year's budget on top of what was granted.
 */
@Entity
@Table(name = "budget")
@NamedQuery(name = Budget.BY_INSATS_AND_AR,
        query = "select b from Budget b where b.insats = :insats and b.ar = :ar")
@NamedQuery(name = Budget.BY_INSATS,
        query = "select b from Budget b where b.insats = :insats order by b.ar")
public class Budget extends Versionerad {

    public static final String BY_INSATS_AND_AR = "Budget.byInsatsAndAr";
    public static final String BY_INSATS = "Budget.byInsats";

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(nullable = false)
    private int ar;

    @Convert(converter = BeloppConverter.class)
    @Column(name = "beviljat_ore", nullable = false)
    private Belopp beviljat;

    /** The first half-year's share when the office decided one; null = half of the year's budget. */
    @Convert(converter = BeloppConverter.class)
    @Column(name = "forsta_halvar_ore")
    private Belopp forstaHalvar;

    protected Budget() {
    }

    public Budget(Insats insats, int ar, Belopp beviljat) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
        this.ar = ar;
        grant(beviljat, null);
    }

    /** Sets the granted amount and, optionally, the first half-year's share of the year's budget. */
    public void grant(Belopp beviljat, Belopp forstaHalvar) {
        Objects.requireNonNull(beviljat, "Beviljat belopp krävs.");
        if (beviljat.isNegative()) {
            throw new IllegalArgumentException("Beviljat belopp kan inte vara negativt.");
        }
        if (forstaHalvar != null && forstaHalvar.isNegative()) {
            throw new IllegalArgumentException("Första halvårets budget kan inte vara negativ.");
        }
        this.beviljat = beviljat;
        this.forstaHalvar = forstaHalvar;
    }

    public Insats insats() { return insats; }
    public int ar() { return ar; }
    public Belopp beviljat() { return beviljat; }
    public Optional<Belopp> beslutadForstaHalvar() { return Optional.ofNullable(forstaHalvar); }
}
