package se.finsam.uppfoljning.budget.boundary;

import se.finsam.uppfoljning.budget.control.Forbrukningskvot;
import se.finsam.uppfoljning.budget.control.Tsek;
import se.finsam.uppfoljning.budget.entity.Belopp;

import java.math.BigDecimal;

/** Utfall against budget for a period, exact and in TSEK by the one rounding rule, with the kvot. */
public record Budgetkolumn(BigDecimal utfall, BigDecimal budget, long utfallTsek, long budgetTsek,
                           Integer forbrukningskvotProcent, String forbrukningskvot) {

    static Budgetkolumn of(Belopp utfall, Belopp budget) {
        Forbrukningskvot kvot = Forbrukningskvot.of(utfall, budget);
        return new Budgetkolumn(utfall.kronor(), budget.kronor(), Tsek.of(utfall), Tsek.of(budget),
                kvot.procent().orElse(null), kvot.text());
    }
}
