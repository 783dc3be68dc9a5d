package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.insats.entity.Mal;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

/** The report's answer for one goal: in phase?, the steering group's prognosis, a comment. */
@Entity
@Table(name = "rapport_malsvar")
public class Malsvar extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "rapport_id")
    private Kvartalsrapport rapport;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mal_id")
    private Mal mal;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private MalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Prognos prognos;

    @Column(length = 4000)
    private String kommentar;

    protected Malsvar() {
    }

    Malsvar(Kvartalsrapport rapport, Mal mal) {
        this.rapport = rapport;
        this.mal = mal;
    }

    void answer(MalStatus status, Prognos prognos, String kommentar) {
        this.status = status;
        this.prognos = prognos;
        this.kommentar = kommentar;
    }

    public Mal mal() { return mal; }
    public MalStatus status() { return status; }
    public Prognos prognos() { return prognos; }
    public String kommentar() { return kommentar; }
}
