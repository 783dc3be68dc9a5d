package se.finsam.uppfoljning.budget.boundary;

import se.finsam.uppfoljning.budget.control.Arsekonomi;
import se.finsam.uppfoljning.budget.control.Tsek;

/**
 * One insats' row of the PM's table 4 "Prognos och utfall budget" for a year: the first
 * half-year (Q1–Q2), the whole year so far, the carry-over note, and the approved carry-over to the
 * next year in TSEK (null when none was decided).
 */
public record Budgetrad(long insatsId, Budgetkolumn forstaHalvaret, Budgetkolumn helaAret, String not,
                        Long overfortTillNastaArTsek) {

    static Budgetrad of(long insatsId, Arsekonomi e) {
        return new Budgetrad(insatsId, Budgetkolumn.of(e.utfallForsta(), e.budgetForsta()),
                Budgetkolumn.of(e.utfall(), e.budget()), e.not().orElse(null),
                e.overfortTillNasta().map(Tsek::of).orElse(null));
    }
}
