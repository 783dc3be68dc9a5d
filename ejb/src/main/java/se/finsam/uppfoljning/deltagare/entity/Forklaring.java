package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The explanation of a rule a record's figures break on purpose (its key the rule's code). Owned by its {@link Deltagarstatistik}. */
@Entity
@Table(name = "deltagarstatistik_forklaring")
@IdClass(Delrad.Nyckel.class)
@AttributeOverride(name = "nyckel", column = @Column(name = "regel", nullable = false))
public class Forklaring extends Egenrad {

    @Column(name = "text", nullable = false)
    private String text;

    protected Forklaring() {
    }

    Forklaring(Deltagarstatistik statistik, String regel, String text) {
        super(statistik, regel);
        satt(text);
    }

    void satt(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
