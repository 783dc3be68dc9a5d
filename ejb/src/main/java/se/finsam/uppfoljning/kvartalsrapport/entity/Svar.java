package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

/** The report's answer to one quality question, with the explanation the question may demand. */
@Entity
@Table(name = "rapport_svar")
public class Svar extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "rapport_id")
    private Kvartalsrapport rapport;

    @ManyToOne(optional = false)
    @JoinColumn(name = "fraga_id")
    private Fraga fraga;

    @Column(length = 20)
    private String svar;

    @Column(length = 4000)
    private String forklaring;

    protected Svar() {
    }

    Svar(Kvartalsrapport rapport, Fraga fraga) {
        this.rapport = rapport;
        this.fraga = fraga;
    }

    void answer(String svar, String forklaring) {
        this.svar = svar;
        this.forklaring = forklaring;
    }

    public Fraga fraga() { return fraga; }
    public String svar() { return svar; }
    public String forklaring() { return forklaring; }
}
