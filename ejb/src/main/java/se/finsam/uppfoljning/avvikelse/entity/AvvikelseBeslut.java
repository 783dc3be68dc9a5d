package se.finsam.uppfoljning.avvikelse.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.BeloppConverter;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision of the förbundschef on a deviation. Never changed once written (only the
 * carry-over it booked is attached in the same transaction); a correction is a new decision that
 * names this one in {@code ersatter}.
 */
@Entity
@Table(name = "avvikelse_beslut")
public class AvvikelseBeslut extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "avvikelse_id")
    private Avvikelse avvikelse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BeslutUtfall utfall;

    /** What is moved to the next year; null when nothing is (rejected, or not a budget deviation). */
    @Convert(converter = BeloppConverter.class)
    @Column(name = "belopp_ore")
    private Belopp belopp;

    @Column(nullable = false, length = 4000)
    private String motivering;

    @Column(nullable = false)
    private LocalDate beslutsdatum;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "beslutad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "beslutad_at"))
    private Stampel beslutad;

    @OneToOne
    @JoinColumn(name = "ersatter_id")
    private AvvikelseBeslut ersatter;

    @ManyToOne
    @JoinColumn(name = "overforing_id")
    private Overforing overforing;

    protected AvvikelseBeslut() {
    }

    AvvikelseBeslut(Avvikelse avvikelse, BeslutUtfall utfall, Belopp belopp, String motivering, LocalDate beslutsdatum,
                    AvvikelseBeslut ersatter, String vem, Instant nar) {
        this.avvikelse = avvikelse;
        this.utfall = Objects.requireNonNull(utfall);
        this.belopp = belopp;
        this.motivering = Objects.requireNonNull(motivering, "Motivering krävs.");
        this.beslutsdatum = Objects.requireNonNull(beslutsdatum, "Beslutsdatum krävs.");
        this.ersatter = ersatter;
        this.beslutad = Stampel.av(vem, nar);
    }

    /** The carry-over this decision booked in the budget; set once, when the decision is written. */
    public void bookedAs(Overforing o) {
        if (overforing != null) {
            throw new IllegalStateException("Beslutets överföring är redan bokförd.");
        }
        this.overforing = Objects.requireNonNull(o);
    }

    public Avvikelse avvikelse() { return avvikelse; }
    public BeslutUtfall utfall() { return utfall; }
    public Optional<Belopp> belopp() { return Optional.ofNullable(belopp); }
    public String motivering() { return motivering; }
    public LocalDate beslutsdatum() { return beslutsdatum; }
    public String beslutadAv() { return beslutad.vem(); }
    public Instant beslutadAt() { return beslutad.nar(); }
    public Optional<AvvikelseBeslut> ersatter() { return Optional.ofNullable(ersatter); }
    public Optional<Overforing> overforing() { return Optional.ofNullable(overforing); }
}
