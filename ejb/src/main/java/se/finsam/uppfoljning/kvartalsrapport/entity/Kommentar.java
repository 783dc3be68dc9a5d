package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the office wrote about one section when it returned the report. */
@Entity
@Table(name = "rapport_kommentar")
public class Kommentar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rapport_id")
    private Kvartalsrapport rapport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sektion sektion;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "skriven_av", nullable = false, length = 200)
    private String skrivenAv;

    @Column(name = "skriven_at", nullable = false)
    private OffsetDateTime skrivenAt;

    protected Kommentar() {
    }

    Kommentar(Kvartalsrapport rapport, Sektion sektion, String text, String skrivenAv, Instant at) {
        this.rapport = rapport;
        this.sektion = sektion;
        this.text = text;
        this.skrivenAv = skrivenAv;
        this.skrivenAt = at.atOffset(ZoneOffset.UTC);
    }

    public Sektion sektion() { return sektion; }
    public String text() { return text; }
    public String skrivenAv() { return skrivenAv; }
    public Instant skrivenAt() { return skrivenAt.toInstant(); }
}
