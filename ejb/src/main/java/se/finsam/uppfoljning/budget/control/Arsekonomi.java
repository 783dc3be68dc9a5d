package se.finsam.uppfoljning.budget.control;

import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Rekvisition;

import java.util.List;
import java.util.Optional;

/**
 * An insats' money for one year, derived from its granted budget, the carry-overs into and out of
 * the year (revoked ones do not count), and its approved rekvisitioner. Every figure of the PM's table 4 comes from here.
 *
 * @param beviljat          granted for the year (zero when no budget is recorded)
 * @param overfortIn        carry-overs from the previous year that carry an amount
 * @param harOverforingIn   a carry-over from the previous year was decided (with or without amount)
 * @param budget            the year's budget: granted plus carried over in
 * @param budgetForsta      the first half-year's share: as decided, else half
 * @param utfallForsta      approved rekvisitioner of quarters 1 and 2
 * @param utfallAndra       approved rekvisitioner of quarters 3 and 4
 * @param overfortTillNasta approved carry-over to the next year, if any decision was made
 */
public record Arsekonomi(int ar, Belopp beviljat, Belopp overfortIn, boolean harOverforingIn, Belopp budget,
                         Belopp budgetForsta, Belopp utfallForsta, Belopp utfallAndra,
                         Optional<Belopp> overfortTillNasta) {

    public static Arsekonomi of(int ar, Optional<Budget> budget, List<Overforing> overforingar,
                                List<Rekvisition> rekvisitioner) {
        Belopp beviljat = budget.map(Budget::beviljat).orElse(Belopp.NOLL);
        List<Overforing> gallande = overforingar.stream().filter(Overforing::isGallande).toList();
        List<Overforing> in = gallande.stream().filter(o -> o.tillAr() == ar).toList();
        Belopp overfortIn = sum(in.stream().flatMap(o -> o.belopp().stream()).toList());
        Belopp total = beviljat.plus(overfortIn);
        Belopp forsta = budget.flatMap(Budget::beslutadForstaHalvar).orElse(total.halva());
        List<Rekvisition> utfall = rekvisitioner.stream().filter(r -> r.period().ar() == ar && r.isUtfall()).toList();
        Belopp utfallForsta = sum(utfall.stream().filter(r -> r.period().kvartal() <= 2).map(Rekvisition::belopp).toList());
        Belopp utfallAndra = sum(utfall.stream().filter(r -> r.period().kvartal() > 2).map(Rekvisition::belopp).toList());
        List<Overforing> ut = gallande.stream().filter(o -> o.franAr() == ar).toList();
        Optional<Belopp> tillNasta = ut.isEmpty() ? Optional.empty()
                : Optional.of(sum(ut.stream().flatMap(o -> o.belopp().stream()).toList()));
        return new Arsekonomi(ar, beviljat, overfortIn, !in.isEmpty(), total, forsta, utfallForsta, utfallAndra, tillNasta);
    }

    public Belopp budgetAndra() {
        return budget.minus(budgetForsta);
    }

    public Belopp utfall() {
        return utfallForsta.plus(utfallAndra);
    }

    /** What is left of the year's budget; negative when more was paid out than budgeted. */
    public Belopp kvar() {
        return budget.minus(utfall());
    }

    public Forbrukningskvot kvotForsta() {
        return Forbrukningskvot.of(utfallForsta, budgetForsta);
    }

    public Forbrukningskvot kvot() {
        return Forbrukningskvot.of(utfall(), budget);
    }

    /** The PM's note "har medel överf från 2021", when a carry-over into this year was decided. */
    public Optional<String> not() {
        return harOverforingIn ? Optional.of("har medel överf från " + (ar - 1)) : Optional.empty();
    }

    private static Belopp sum(List<Belopp> belopp) {
        return belopp.stream().reduce(Belopp.NOLL, Belopp::plus);
    }
}
