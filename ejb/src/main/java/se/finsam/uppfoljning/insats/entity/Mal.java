package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.util.Objects;

/** A goal (mål) of an insats as stated in its application, with its target if it has one. */
@Entity
@Table(name = "mal")
public class Mal extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(nullable = false)
    private int nummer;

    @Column(nullable = false, length = 2000)
    private String beskrivning;

    @Column(length = 500)
    private String malvarde;

    protected Mal() {
    }

    Mal(Insats insats, int nummer, String beskrivning, String malvarde) {
        this.insats = Objects.requireNonNull(insats);
        this.nummer = nummer;
        this.beskrivning = Objects.requireNonNull(beskrivning, "Målets beskrivning krävs.");
        this.malvarde = malvarde;
    }

    void describe(String beskrivning, String malvarde) {
        this.beskrivning = Objects.requireNonNull(beskrivning, "Målets beskrivning krävs.");
        this.malvarde = malvarde;
    }

    public int nummer() { return nummer; }
    public String beskrivning() { return beskrivning; }
    public String malvarde() { return malvarde; }
}
