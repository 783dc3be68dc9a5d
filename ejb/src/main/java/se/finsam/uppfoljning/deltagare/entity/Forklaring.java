package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The explanation of a rule a record's figures break on purpose (its key the rule's code). Owned by its {@link Deltagarstatistik}. */
@Entity
@Table(name = "deltagarstatistik_forklaring")
@IdClass(Delrad.Nyckel.class)
public class Forklaring {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "statistik_id")
    private Deltagarstatistik statistik;

    @Id
    @Column(name = "regel", nullable = false)
    private String nyckel;

    @Column(name = "text", nullable = false)
    private String text;

    protected Forklaring() {
    }

    Forklaring(Deltagarstatistik statistik, String regel, String text) {
        this.statistik = statistik;
        this.nyckel = regel;
        satt(text);
    }

    void satt(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
