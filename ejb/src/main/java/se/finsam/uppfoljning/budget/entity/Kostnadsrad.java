package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One line of what a rekvisition's amount was spent on (salaries, rent, …). */
@Embeddable
public class Kostnadsrad implements java.io.Serializable {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String text;

    @Convert(converter = BeloppConverter.class)
    @Column(name = "belopp_ore", nullable = false)
    private Belopp belopp;

    protected Kostnadsrad() {
    }

    public Kostnadsrad(int position, String text, Belopp belopp) {
        this.position = position;
        this.text = Objects.requireNonNull(text);
        this.belopp = Objects.requireNonNull(belopp);
    }

    public int position() { return position; }
    public String text() { return text; }
    public Belopp belopp() { return belopp; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kostnadsrad k && k.position == position && k.text.equals(text) && k.belopp.equals(belopp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, text, belopp);
    }
}
