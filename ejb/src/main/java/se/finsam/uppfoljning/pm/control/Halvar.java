package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;

/** The half-year a PM covers: "kvartal 1 och 2" or "kvartal 3 och 4" of a year. */
public record Halvar(int ar, int halvar) {

    public Halvar {
        if (halvar < 1 || halvar > 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        if (ar < 2000 || ar > 2100) {
            throw new IllegalArgumentException("Året ligger utanför 2000–2100.");
        }
    }

    public Rapportperiod forstaKvartal() {
        return new Rapportperiod(ar, halvar * 2 - 1);
    }

    /** The quarter whose report the PM reads goal status from (Q2 or Q4). */
    public Rapportperiod sistaKvartal() {
        return new Rapportperiod(ar, halvar * 2);
    }

    public LocalDate forstaDag() {
        return forstaKvartal().forstaDag();
    }

    public LocalDate sistaDag() {
        return sistaKvartal().sistaDag();
    }
}
