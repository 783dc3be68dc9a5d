package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.List;

/**
 * A statistics period as it arrives in an address or a file's row. One that is none refuses with
 * 400 {@code DEL-002} naming the field, as the statistics' other formal errors do (the range itself
 * is {@link Halvar}'s).
 */
public final class Statistikperioder {

    private Statistikperioder() {
    }

    public static Halvar av(int ar, int halvar) {
        try {
            return new Halvar(ar, halvar);
        } catch (IllegalArgumentException e) {
            throw UppfoljningException.detailed(DeltagareFel.OGILTIGA_UPPGIFTER, e.getMessage(),
                    List.of(new FieldError(halvar < 1 || halvar > 2 ? "halvar" : "ar", e.getMessage())));
        }
    }
}
