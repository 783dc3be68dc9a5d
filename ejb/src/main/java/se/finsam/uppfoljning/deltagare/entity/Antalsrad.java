package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A count by sex that a statistics record owns under a text key (a termination reason's code, a
 * target-group category): the mapping its two kinds share. The key column is {@code kod}; a kind
 * that names it otherwise overrides {@code nyckel}. Key class: {@link Delrad.Nyckel}.
 */
@MappedSuperclass
abstract class Antalsrad {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "statistik_id")
    private Deltagarstatistik statistik;

    @Id
    @Column(name = "kod", nullable = false)
    private String nyckel;

    @Column(name = "antal_k", nullable = false)
    private int k;

    @Column(name = "antal_m", nullable = false)
    private int m;

    protected Antalsrad() {
    }

    Antalsrad(Deltagarstatistik statistik, String nyckel, Antal antal) {
        this.statistik = statistik;
        this.nyckel = nyckel;
        satt(antal);
    }

    final void satt(Antal antal) {
        this.k = antal.k();
        this.m = antal.m();
    }

    final Antal antal() {
        return new Antal(k, m);
    }
}
