package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.time.LocalDate;
import java.util.Objects;

/** An extension of an insats' end date, granted by a decision (usually the board's). */
@Entity
@Table(name = "forlangning")
public class Forlangning extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(name = "slutdatum", nullable = false)
    private LocalDate slut;

    @Column(nullable = false)
    private LocalDate beslutsdatum;

    @Column(name = "beslut_av", nullable = false, length = 100)
    private String beslutAv;

    protected Forlangning() {
    }

    Forlangning(Insats insats, LocalDate slut, LocalDate beslutsdatum, String beslutAv) {
        this.insats = Objects.requireNonNull(insats);
        this.slut = Objects.requireNonNull(slut, "Nytt slutdatum krävs.");
        this.beslutsdatum = Objects.requireNonNull(beslutsdatum, "Beslutsdatum krävs.");
        this.beslutAv = Objects.requireNonNull(beslutAv, "Beslutsfattare krävs.");
    }

    public LocalDate slut() { return slut; }
    public LocalDate beslutsdatum() { return beslutsdatum; }
    public String beslutAv() { return beslutAv; }
}
