package se.finsam.uppfoljning.budget.control;

import se.finsam.uppfoljning.budget.BudgetFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * When a budget year closes: unused funds go back to the förbund at the turn of the year, but the
 * fourth quarter's rekvisition comes in January and the office closes the books by the end of
 * March. So a year is closed from 1 April of the next year: no rekvisition for it is taken in or
 * changed after that (docs/decisions/0019-bokslut-avvikelser-bilagor.md).
 */
public final class Bokslut {

    public static final MonthDay STANGS = MonthDay.of(4, 1);

    private Bokslut() {
    }

    /** The first day on which {@code ar} is closed. */
    public static LocalDate stangs(int ar) {
        return STANGS.atYear(ar + 1);
    }

    public static boolean isStangt(int ar, LocalDate idag) {
        return !idag.isBefore(stangs(ar));
    }

    /**
     * The refusal for rekvisitioner of a closed year, {@code BUD-108} naming the first of them: the
     * form and the data package refuse with the same code.
     */
    public static UppfoljningException stangt(int ar, List<FieldError> fields) {
        return UppfoljningException.withFields(BudgetFel.ARET_STANGT, fields, String.valueOf(ar), stangs(ar));
    }
}
