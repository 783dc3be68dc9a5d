package se.finsam.uppfoljning.budget.boundary;

import jakarta.json.JsonValue;

/**
 * The office sets an insats' budget for a year. Amounts are kronor, as a number or as typed text;
 * {@code forstaHalvar} only when the first half-year should get something else than half.
 *
 * @param version the budget version that was read (0 when the year had none)
 */
public record BudgetInput(Long version, JsonValue belopp, JsonValue forstaHalvar) {
}
