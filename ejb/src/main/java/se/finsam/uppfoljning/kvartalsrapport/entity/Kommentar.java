package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;

/** What the office wrote about one section when it returned the report. */
@Entity
@Table(name = "rapport_kommentar")
public class Kommentar extends Numrerad {

    @ManyToOne(optional = false)
    @JoinColumn(name = "rapport_id")
    private Kvartalsrapport rapport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sektion sektion;

    @Column(nullable = false, length = 4000)
    private String text;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "skriven_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "skriven_at"))
    private Stampel skriven;

    protected Kommentar() {
    }

    Kommentar(Kvartalsrapport rapport, Sektion sektion, String text, String skrivenAv, Instant at) {
        this.rapport = rapport;
        this.sektion = sektion;
        this.text = text;
        this.skriven = Stampel.av(skrivenAv, at);
    }

    public Sektion sektion() { return sektion; }
    public String text() { return text; }
    public String skrivenAv() { return skriven.vem(); }
    public Instant skrivenAt() { return skriven.nar(); }
}
