package se.finsam.uppfoljning.deltagare.entity;

import java.time.LocalDate;

/**
 * The period a set of participant statistics covers: halvår 1 is January–June, halvår 2 the whole
 * year, January–December (as the H2 PM's tables do). Both start on 1 January, so the ongoing count
 * at the start of halvår 2 is the one halvår 1 recorded, and halvår 1 continues the previous year's
 * halvår 2 (ongoing at its end).
 */
public record Statistikperiod(int ar, int halvar) implements Comparable<Statistikperiod> {

    public Statistikperiod {
        if (halvar < 1 || halvar > 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        if (ar < 2000 || ar > 2100) {
            throw new IllegalArgumentException("Året ligger utanför 2000–2100.");
        }
    }

    public LocalDate forstaDag() {
        return LocalDate.of(ar, 1, 1);
    }

    public LocalDate sistaDag() {
        return halvar == 1 ? LocalDate.of(ar, 6, 30) : LocalDate.of(ar, 12, 31);
    }

    /** The period whose figures fix the ongoing count at this period's start. */
    public Statistikperiod foregaende() {
        return halvar == 2 ? new Statistikperiod(ar, 1) : new Statistikperiod(ar - 1, 2);
    }

    /**
     * Whether the previous period's <em>start</em> (halvår 1 of the same year: same first day) or its
     * <em>end</em> (halvår 2 of the previous year) is this period's start.
     */
    public boolean startarSomForegaende() {
        return halvar == 2;
    }

    /** "jan–juni" or "jan–dec", as the tables' column heads say. */
    public String manader() {
        return halvar == 1 ? "jan–juni" : "jan–dec";
    }

    @Override
    public int compareTo(Statistikperiod o) {
        return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(halvar, o.halvar);
    }

    @Override
    public String toString() {
        return ar + " halvår " + halvar;
    }
}
