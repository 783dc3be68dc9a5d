package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision to carry unused funds of one year over to the next: it raises the next year's budget
 * by its amount. Decisions are never changed. Without an amount it records that a carry-over was
 * decided whose amount is already part of the next year's granted budget (older decisions that
 * were booked before this system, such as the 2021 carry-overs in the 2022 PMs).
 */
@Entity
@Table(name = "overforing")
@NamedQuery(name = Overforing.BY_INSATS,
        query = "select o from Overforing o where o.insats = :insats order by o.franAr, o.beslutsdatum")
public class Overforing extends Numrerad {

    public static final String BY_INSATS = "Overforing.byInsats";

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(name = "fran_ar", nullable = false)
    private int franAr;

    @Convert(converter = BeloppConverter.class)
    @Column(name = "belopp_ore")
    private Belopp belopp;

    @Column(nullable = false)
    private LocalDate beslutsdatum;

    @Column(length = 2000)
    private String anteckning;

    /** Set when a corrected decision replaced the one that booked this carry-over; the row stays. */
    @Column(name = "upphavd_datum")
    private LocalDate upphavdDatum;

    protected Overforing() {
    }

    public Overforing(Insats insats, int franAr, Belopp belopp, LocalDate beslutsdatum, String anteckning) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
        this.beslutsdatum = Objects.requireNonNull(beslutsdatum, "Beslutsdatum krävs.");
        if (belopp != null && belopp.isNegative()) {
            throw new IllegalArgumentException("Ett överfört belopp kan inte vara negativt.");
        }
        this.franAr = franAr;
        this.belopp = belopp;
        this.anteckning = anteckning;
    }

    /** A corrected decision replaced the decision behind this carry-over: it no longer counts. */
    public void revoke(LocalDate datum) {
        if (upphavdDatum != null) {
            throw new IllegalStateException("Överföringen är redan upphävd.");
        }
        this.upphavdDatum = Objects.requireNonNull(datum);
    }

    public boolean isGallande() {
        return upphavdDatum == null;
    }

    public Optional<LocalDate> upphavdDatum() { return Optional.ofNullable(upphavdDatum); }
    public Insats insats() { return insats; }
    public int franAr() { return franAr; }
    public int tillAr() { return franAr + 1; }
    /** Empty when the amount is already included in the next year's granted budget. */
    public Optional<Belopp> belopp() { return Optional.ofNullable(belopp); }
    public LocalDate beslutsdatum() { return beslutsdatum; }
    public String anteckning() { return anteckning; }
}
