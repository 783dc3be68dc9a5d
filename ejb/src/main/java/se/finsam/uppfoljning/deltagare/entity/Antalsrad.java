package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A count by sex that a statistics record owns under a text key (a termination reason's code, a
 * target-group category): the mapping its two kinds share beyond the key ({@link Egenrad}).
 */
@MappedSuperclass
abstract class Antalsrad extends Egenrad {

    @Column(name = "antal_k", nullable = false)
    private int k;

    @Column(name = "antal_m", nullable = false)
    private int m;

    protected Antalsrad() {
    }

    Antalsrad(Deltagarstatistik statistik, String nyckel, Antal antal) {
        super(statistik, nyckel);
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
