package se.finsam.uppfoljning.budget.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's budgets as the office sets them up: every insats that runs during the year, with last
 * year's budget beside this year's. A row without a budget for the year yet ({@code forslag}) carries
 * last year's budget forward as the proposal to confirm; the insatser that ran last year and do not
 * continue are listed apart. Goals belong to the insats and continue with it; they are shown so the
 * office sees what the money is for.
 */
public record Arsbudget(int ar, List<Rad> insatser, List<Avslutad> avslutade) implements java.io.Serializable {

    /**
     * @param version the budget's version (0 without one), to send back when confirming
     * @param belopp this year's budget, or the proposal when {@code forslag}; null when there is nothing to propose
     */
    public record Rad(long insatsId, String kod, String kortnamn, String namn, LocalDate slut, List<String> mal,
                      BigDecimal foregaendeBelopp, BigDecimal foregaendeForstaHalvar, BigDecimal belopp,
                      BigDecimal forstaHalvar, long version, boolean forslag) implements java.io.Serializable {
    }

    /** An insats that ran last year and ended before this one. */
    public record Avslutad(long insatsId, String kortnamn, LocalDate slut) implements java.io.Serializable {
    }
}
