package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Decodes answer codes sent by clients into enums, with a Swedish message naming the field. */
public final class Svarskoder {

    private Svarskoder() {
    }

    public static <E extends Enum<E>> E decode(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            String message = "Okänt värde \"" + value + "\". Tillåtna värden: " + allowed + ".";
            throw UppfoljningException.detailed(KvartalsrapportFel.OGILTIGT_SVAR, message, List.of(new FieldError(field, message)));
        }
    }
}
