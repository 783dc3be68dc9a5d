package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A target-group category's count by sex in a record (its key the Malgruppskategori's name). Owned by its {@link Deltagarstatistik}. */
@Entity
@Table(name = "deltagarstatistik_malgrupp")
@IdClass(Delrad.Nyckel.class)
@AttributeOverride(name = "nyckel", column = @Column(name = "kategori", nullable = false))
public class Malgruppsantal extends Antalsrad {

    protected Malgruppsantal() {
    }

    Malgruppsantal(Deltagarstatistik statistik, String kategori, Antal antal) {
        super(statistik, kategori, antal);
    }
}
