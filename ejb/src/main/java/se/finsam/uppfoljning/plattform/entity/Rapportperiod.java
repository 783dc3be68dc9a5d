package se.finsam.uppfoljning.plattform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A calendar quarter a report covers. */
@Embeddable
public class Rapportperiod implements Comparable<Rapportperiod>, java.io.Serializable {

    @Column(name = "ar", nullable = false)
    private int ar;

    @Column(name = "kvartal", nullable = false)
    private int kvartal;

    protected Rapportperiod() {
    }

    public Rapportperiod(int ar, int kvartal) {
        if (kvartal < 1 || kvartal > 4) {
            throw new IllegalArgumentException("Kvartal måste vara 1–4.");
        }
        if (!Ar.giltigt(ar)) {
            throw new IllegalArgumentException("Året ligger utanför " + Ar.FORSTA + "–" + Ar.SISTA + ".");
        }
        this.ar = ar;
        this.kvartal = kvartal;
    }

    public static Rapportperiod containing(LocalDate dag) {
        return new Rapportperiod(dag.getYear(), (dag.getMonthValue() - 1) / 3 + 1);
    }

    public int ar() { return ar; }
    public int kvartal() { return kvartal; }

    public LocalDate forstaDag() {
        return LocalDate.of(ar, (kvartal - 1) * 3 + 1, 1);
    }

    public LocalDate sistaDag() {
        return forstaDag().plusMonths(3).minusDays(1);
    }

    /** The report is due {@code manader} months after the quarter ends (one, by the förbund's rules). */
    public LocalDate frist(int manader) {
        return sistaDag().plusDays(1).plusMonths(manader).minusDays(1);
    }

    public Rapportperiod foregaende() {
        return kvartal == 1 ? new Rapportperiod(ar - 1, 4) : new Rapportperiod(ar, kvartal - 1);
    }

    public Rapportperiod nasta() {
        return kvartal == 4 ? new Rapportperiod(ar + 1, 1) : new Rapportperiod(ar, kvartal + 1);
    }

    @Override
    public int compareTo(Rapportperiod o) {
        return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(kvartal, o.kvartal);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rapportperiod p && p.ar == ar && p.kvartal == kvartal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ar, kvartal);
    }

    @Override
    public String toString() {
        return ar + " kvartal " + kvartal;
    }
}
