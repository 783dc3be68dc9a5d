package se.finsam.uppfoljning.plattform.control;

import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;
import java.util.function.Supplier;

/**
 * A value type made from a part of an address (a REST path, a page's view parameter): one that is
 * none refuses with 400 {@code PLT-425} naming the part. The REST converters and the Faces beans
 * both decode through here, so a year or a half-year in an address is refused the same way in both.
 */
public final class Adressdel {

    private Adressdel() {
    }

    /** @param namn the part's name in the address ({@code ar}, {@code halvar}, {@code insatsId}) */
    public static <T> T avkoda(String namn, Supplier<T> varde) {
        try {
            return varde.get();
        } catch (IllegalArgumentException e) {
            throw UppfoljningException.withFields(PlattformFel.OGILTIG_ADRESSDEL, List.of(new FieldError(namn, e.getMessage())), namn);
        }
    }
}
