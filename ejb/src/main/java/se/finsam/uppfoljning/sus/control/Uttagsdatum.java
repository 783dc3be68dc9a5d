package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.sus.SusFel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The extraction date the office may give with a SUS file, decoded the same way from the API's query
 * parameter and the page's field: ÅÅÅÅ-MM-DD, or blank for none given.
 */
public final class Uttagsdatum {

    private Uttagsdatum() {
    }

    /** Null when blank; a text that is not a date is refused (400) on the field {@code uttagsdatum}. */
    public static LocalDate tolka(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UppfoljningException.withFields(SusFel.SUS_IMPORT_OGILTIG_BEGARAN,
                    List.of(new UppfoljningException.FieldError("uttagsdatum", "Ange datumet som ÅÅÅÅ-MM-DD.")),
                    "Uttagsdatum ska anges som ÅÅÅÅ-MM-DD.");
        }
    }
}
