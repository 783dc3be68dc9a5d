package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A termination reason's count by sex in a record (a row of table 9). Owned by its {@link Deltagarstatistik}. */
@Entity
@Table(name = "deltagarstatistik_anledning")
@IdClass(Delrad.Nyckel.class)
@AttributeOverride(name = "nyckel", column = @Column(name = "kod", nullable = false))
public class Anledningsantal extends Antalsrad {

    protected Anledningsantal() {
    }

    Anledningsantal(Deltagarstatistik statistik, String kod, Antal antal) {
        super(statistik, kod, antal);
    }
}
