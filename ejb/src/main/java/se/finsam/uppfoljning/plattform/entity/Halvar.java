package se.finsam.uppfoljning.plattform.entity;

import java.time.LocalDate;

/**
 * A half-year of a year: the one half-year type of the product. Two readings of it exist and both
 * are named here so that no caller has to know the other:
 * <ul>
 *   <li>the PM's half: "kvartal 1 och 2" or "kvartal 3 och 4" ({@link #forstaDag()}–{@link #sistaDag()},
 *       {@link #forstaKvartal()}, {@link #sistaKvartal()});</li>
 *   <li>the participant statistics' period: halvår 1 is January–June, halvår 2 the whole year,
 *       January–December, as the H2 PM's tables count ({@link #statistikStart()}–{@link #sistaDag()}).
 *       Both periods start on 1 January, so the ongoing count at the start of halvår 2 is the one
 *       halvår 1 recorded, and halvår 1 continues the previous year's halvår 2.</li>
 * </ul>
 */
public record Halvar(int ar, int halvar) implements Comparable<Halvar>, java.io.Serializable {

    public Halvar {
        if (halvar < 1 || halvar > 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        if (!Ar.giltigt(ar)) {
            throw new IllegalArgumentException("Året ligger utanför " + Ar.FORSTA + "–" + Ar.SISTA + ".");
        }
    }

    public static Halvar of(Ar ar, int halvar) {
        return new Halvar(ar.varde(), halvar);
    }

    /** The half-year a day falls in. */
    public static Halvar containing(LocalDate dag) {
        return new Halvar(dag.getYear(), dag.getMonthValue() <= 6 ? 1 : 2);
    }

    /** "1" or "2" from a path or a form; anything else is an IllegalArgumentException. */
    public static int parseNummer(String text) {
        if (!"1".equals(text) && !"2".equals(text)) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        return Integer.parseInt(text);
    }

    public Ar year() {
        return new Ar(ar);
    }

    public Rapportperiod forstaKvartal() {
        return new Rapportperiod(ar, halvar * 2 - 1);
    }

    /** The quarter whose report the PM reads goal status from (Q2 or Q4). */
    public Rapportperiod sistaKvartal() {
        return new Rapportperiod(ar, halvar * 2);
    }

    /** First day of the PM's half: 1 January or 1 July. */
    public LocalDate forstaDag() {
        return forstaKvartal().forstaDag();
    }

    /** Last day of the half (and of the statistics' period): 30 June or 31 December. */
    public LocalDate sistaDag() {
        return sistaKvartal().sistaDag();
    }

    /** First day of the statistics' period: always 1 January (halvår 2 counts the whole year). */
    public LocalDate statistikStart() {
        return LocalDate.of(ar, 1, 1);
    }

    /** The half-year before: halvår 1 of the same year, or halvår 2 of the previous one. */
    public Halvar foregaende() {
        return halvar == 2 ? new Halvar(ar, 1) : new Halvar(ar - 1, 2);
    }

    public Halvar nasta() {
        return halvar == 1 ? new Halvar(ar, 2) : new Halvar(ar + 1, 1);
    }

    /**
     * For the statistics: whether the previous period's <em>start</em> (halvår 1 of the same year: same
     * first day) or its <em>end</em> (halvår 2 of the previous year) is this period's start.
     */
    public boolean startarSomForegaende() {
        return halvar == 2;
    }

    /** "jan–juni" or "jan–dec", as the statistics tables' column heads say. */
    public String manader() {
        return halvar == 1 ? "jan–juni" : "jan–dec";
    }

    @Override
    public int compareTo(Halvar o) {
        return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(halvar, o.halvar);
    }

    @Override
    public String toString() {
        return ar + " halvår " + halvar;
    }
}
