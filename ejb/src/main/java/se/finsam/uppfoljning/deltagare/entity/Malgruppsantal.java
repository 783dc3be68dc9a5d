package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A target-group category's count by sex in a record (its key the Malgruppskategori's name). Owned by its {@link Deltagarstatistik}. */
@Entity
@Table(name = "deltagarstatistik_malgrupp")
@IdClass(Delrad.Nyckel.class)
public class Malgruppsantal {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "statistik_id")
    private Deltagarstatistik statistik;

    @Id
    @Column(name = "kategori", nullable = false)
    private String nyckel;

    @Column(name = "antal_k", nullable = false)
    private int k;

    @Column(name = "antal_m", nullable = false)
    private int m;

    protected Malgruppsantal() {
    }

    Malgruppsantal(Deltagarstatistik statistik, String nyckel, Antal antal) {
        this.statistik = statistik;
        this.nyckel = nyckel;
        satt(antal);
    }

    void satt(Antal antal) {
        this.k = antal.k();
        this.m = antal.m();
    }

    Antal antal() {
        return new Antal(k, m);
    }
}
