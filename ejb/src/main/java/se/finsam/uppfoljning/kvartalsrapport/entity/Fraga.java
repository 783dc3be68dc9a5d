package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One quality question of a question set (a column of the PM's quality table). */
@Entity
@Table(name = "fraga")
public class Fraga extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "fragebatteri_id")
    private Fragebatteri fragebatteri;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 60)
    private String kod;

    @Column(nullable = false, length = 200)
    private String rubrik;

    @Column(nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Svarstyp svarstyp;

    /** Comma-separated answers that need an explanation. */
    @Column(name = "forklaring_kravs_vid", nullable = false, length = 100)
    private String forklaringKravsVid;

    protected Fraga() {
    }

    Fraga(Fragebatteri fragebatteri, int position, String kod, String rubrik, String text, Svarstyp svarstyp,
          List<String> forklaringKravsVid) {
        this.fragebatteri = fragebatteri;
        this.position = position;
        this.kod = Objects.requireNonNull(kod);
        this.rubrik = Objects.requireNonNull(rubrik);
        this.text = Objects.requireNonNull(text);
        this.svarstyp = Objects.requireNonNull(svarstyp);
        this.forklaringKravsVid = checked(forklaringKravsVid);
    }

    void placeAt(int position) {
        this.position = position;
    }

    void reword(String rubrik, String text, List<String> forklaringKravsVid) {
        this.rubrik = Objects.requireNonNull(rubrik);
        this.text = Objects.requireNonNull(text);
        this.forklaringKravsVid = checked(forklaringKravsVid);
    }

    private String checked(List<String> answers) {
        for (String s : answers) {
            if (!svarstyp.svar().contains(s)) {
                throw new IllegalArgumentException("Svaret " + s + " finns inte för frågan " + kod + ".");
            }
        }
        return String.join(",", answers);
    }

    public boolean allows(String svar) {
        return svarstyp.svar().contains(svar);
    }

    public boolean needsExplanation(String svar) {
        return forklaringKravsVid().contains(svar);
    }

    public int position() { return position; }
    public String kod() { return kod; }
    public String rubrik() { return rubrik; }
    public String text() { return text; }
    public Svarstyp svarstyp() { return svarstyp; }

    public List<String> forklaringKravsVid() {
        return forklaringKravsVid.isBlank() ? List.of() : Arrays.asList(forklaringKravsVid.split(","));
    }
}
