package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.budget.boundary.Budgetkolumn;

import java.util.List;

/**
 * Tabell 4 "Prognos och utfall budget". Every PM shows the first half-year (Q1–Q2); the second
 * half-year's PM adds the whole year so far ("ack") and the approved carry-over to the next year in
 * TSEK. Amounts are exact kronor plus TSEK by the one rounding rule; kvoter are computed.
 */
public record Tabell4(int ar, int halvar, List<Rad> rader) {

    /**
     * @param helaAret              null in the first half-year's PM
     * @param overfortTillNastaTsek null in the first half-year's PM and when no carry-over was decided
     */
    public record Rad(long insatsId, String agare, String namn, Budgetkolumn forstaHalvaret, Budgetkolumn helaAret,
                      String not, Long overfortTillNastaTsek) {
    }
}
