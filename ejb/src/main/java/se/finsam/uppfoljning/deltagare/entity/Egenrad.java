package se.finsam.uppfoljning.deltagare.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * The key every row a statistics record owns has (see {@link Delrad}): the record and a text key.
 * Each kind names its key column by overriding {@code nyckel}. Key class: {@link Delrad.Nyckel}.
 */
@MappedSuperclass
abstract class Egenrad {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "statistik_id")
    private Deltagarstatistik statistik;

    @Id
    @Column(name = "nyckel", nullable = false)
    private String nyckel;

    protected Egenrad() {
    }

    Egenrad(Deltagarstatistik statistik, String nyckel) {
        this.statistik = statistik;
        this.nyckel = nyckel;
    }
}
