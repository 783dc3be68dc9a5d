package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An insats' short name from a day on: the PMs print the name in force at the end of their
 * half-year, so a rename does not rewrite the PMs of the half-years before it.
 */
@Entity
@Table(name = "insats_kortnamn")
public class Kortnamn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(name = "giltig_fran", nullable = false)
    private LocalDate giltigFran;

    @Column(nullable = false, length = 300)
    private String kortnamn;

    protected Kortnamn() {
    }

    Kortnamn(Insats insats, LocalDate giltigFran, String kortnamn) {
        this.insats = Objects.requireNonNull(insats);
        this.giltigFran = Objects.requireNonNull(giltigFran, "Giltig från krävs.");
        this.kortnamn = Objects.requireNonNull(kortnamn, "Kortnamn krävs.");
    }

    public LocalDate giltigFran() { return giltigFran; }
    public String kortnamn() { return kortnamn; }
}
