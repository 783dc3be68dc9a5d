package se.finsam.uppfoljning.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.budget.BudgetFel;
import se.finsam.uppfoljning.budget.control.Beloppsfalt;
import se.finsam.uppfoljning.budget.control.Budgetar;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year's set-up of money: the budget per insats for the year (whole year and first half-year),
 * and opening a new year from the previous one — the insatser that continue, with last year's budget
 * as the proposal the office confirms. Confirming writes every row in one transaction through the
 * register the money forms use (same audit rows, same stale-version check), or nothing.
 */
@Stateless
public class Arsbudgetering {

    @Inject
    InsatsLookup lookup;

    @Inject
    Budgetar budgetar;

    @Inject
    Ekonomiregister register;

    public Arsbudget arsbudget(@NotNull Caller caller, @NotNull Ar ar) {
        if (!caller.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF)) {
            throw UppfoljningException.of(BudgetFel.INGEN_EKONOMIROLL);
        }
        // read on every visit to the page and to the PM's gaps: shared-cache objects, budgets in one query
        List<Insats> alla = lookup.allaAvForReading(new ForbundKod(Atkomst.forbund(caller)));
        Map<Long, Map<Integer, Budget>> lasta = budgetar.budgetar(alla, ar.varde(), ar.foregaende().varde());
        return arsbudget(alla, ar, (i, aret) -> Optional.ofNullable(lasta.getOrDefault(i.id(), Map.of()).get(aret)));
    }

    private Arsbudget arsbudget(List<Insats> alla, Ar ar, BiFunction<Insats, Integer, Optional<Budget>> budget) {
        List<Arsbudget.Rad> rader = alla.stream().filter(i -> runs(i, ar))
                .sorted(Comparator.comparingInt(Insats::sortering).thenComparing(Insats::kortnamn))
                .map(i -> rad(i, ar, budget.apply(i, ar.varde()), budget.apply(i, ar.foregaende().varde()))).toList();
        List<Arsbudget.Avslutad> avslutade = alla.stream().filter(i -> runs(i, ar.foregaende()) && !runs(i, ar))
                .sorted(Comparator.comparing(Insats::kortnamn))
                .map(i -> new Arsbudget.Avslutad(i.id(), i.kortnamn(), i.slutPer(LocalDate.MAX))).toList();
        return new Arsbudget(ar.varde(), rader, avslutade);
    }

    /** Writes the budgets sent, all or nothing; refused whole when any row is malformed or stale. */
    public Arsbudget bekrafta(@NotNull Caller caller, @NotNull Ar ar, ArsbudgetInput in) {
        if (!caller.has(Roll.KANSLI)) {
            throw UppfoljningException.detailed(BudgetFel.BARA_KANSLIET, "Bara kansliet sätter årets budgetar.", List.of());
        }
        Map<Long, Insats> iAret = lookup.allaAv(new ForbundKod(Atkomst.forbund(caller))).stream().filter(i -> runs(i, ar))
                .collect(Collectors.toMap(Insats::id, Function.identity()));
        if (in == null || in.budgetar() == null) {
            // a confirmation without its rows is malformed, not an empty confirmation that changes nothing
            throw UppfoljningException.withFields(BudgetFel.OGILTIGA_UPPGIFTER,
                    List.of(new FieldError("budgetar", "Budgetarna måste anges: en rad per insats som får en budget.")));
        }
        List<ArsbudgetInput.Rad> rader = in.budgetar();
        List<FieldError> errors = new ArrayList<>();
        List<Runnable> skrivningar = new ArrayList<>();
        for (int i = 0; i < rader.size(); i++) {
            ArsbudgetInput.Rad rad = rader.get(i);
            String at = "budgetar[" + i + "]";
            if (rad == null || rad.insats() == null || !iAret.containsKey(rad.insats())) {
                errors.add(new FieldError(at + ".insats", "Insatsen pågår inte under " + ar + " eller finns inte."));
                continue;
            }
            if (rad.belopp() == null || rad.belopp().getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                // no budget for it this time; what the caller read must still be what is there
                Insats utan = iAret.get(rad.insats());
                Long lastVersion = rad.version() == null ? 0L : rad.version();
                skrivningar.add(() -> register.requireBudgetVersion(utan, ar.varde(), lastVersion));
                continue;
            }
            Optional<Belopp> belopp = Beloppsfalt.required(rad.belopp(), at + ".belopp", errors);
            Optional<Belopp> forsta = Beloppsfalt.optional(rad.forstaHalvar(), at + ".forstaHalvar", errors);
            if (belopp.isPresent() && forsta.isPresent() && forsta.get().compareTo(belopp.get()) > 0) {
                errors.add(new FieldError(at + ".forstaHalvar", "Första halvårets budget kan inte vara större än årets."));
            }
            Insats insats = iAret.get(rad.insats());
            long version = rad.version() == null ? 0 : rad.version();
            skrivningar.add(() -> register.setBudget(caller, insats, ar.varde(), belopp.orElseThrow(), forsta.orElse(null), version));
        }
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(BudgetFel.OGILTIGA_UPPGIFTER, errors);
        }
        skrivningar.forEach(Runnable::run);
        // what was just written, read in this transaction (the shared cache has not seen it yet)
        return arsbudget(lookup.allaAv(new ForbundKod(Atkomst.forbund(caller))), ar, budgetar::budget);
    }

    private static Arsbudget.Rad rad(Insats i, Ar ar, Optional<Budget> iAr, Optional<Budget> ifjol) {
        Optional<Budget> visad = iAr.or(() -> ifjol);
        return new Arsbudget.Rad(i.id(), i.kod(), i.kortnamn(), i.namn(), i.slutPer(LocalDate.MAX),
                i.mal().stream().map(m -> m.nummer() + ". " + m.beskrivning()).toList(),
                ifjol.map(b -> b.beviljat().kronor()).orElse(null),
                ifjol.flatMap(Budget::beslutadForstaHalvar).map(Belopp::kronor).orElse(null),
                visad.map(b -> b.beviljat().kronor()).orElse(null),
                visad.flatMap(Budget::beslutadForstaHalvar).map(Belopp::kronor).orElse(null),
                iAr.map(Budget::version).orElse(0L), iAr.isEmpty());
    }

    private static boolean runs(Insats i, Ar ar) {
        return i.runsDuring(LocalDate.of(ar.varde(), 1, 1), LocalDate.of(ar.varde(), 12, 31));
    }
}
