package se.finsam.uppfoljning.budget.boundary;

import jakarta.json.JsonValue;

import java.util.List;

/**
 * The office's confirmed budgets of a year: one row per insats that gets a budget; an insats left out
 * (or sent without {@code belopp}) is not budgeted. Amounts as JSON values, decoded like
 * {@link BudgetInput}'s.
 */
public record ArsbudgetInput(List<Rad> budgetar) {

    /** @param version the version read ({@link Arsbudget.Rad#version()}, 0 for a proposal) */
    public record Rad(Long insats, Long version, JsonValue belopp, JsonValue forstaHalvar) {
    }
}
