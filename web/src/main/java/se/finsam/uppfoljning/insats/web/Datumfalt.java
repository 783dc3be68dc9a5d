package se.finsam.uppfoljning.insats.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates a form of the register typed, read as ÅÅÅÅ-MM-DD: a date that is not one is sent on as
 * absent and its own message replaces the business layer's beside the field.
 */
final class Datumfalt {

    private final Map<String, String> fel = new LinkedHashMap<>();

    LocalDate las(String falt, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put(falt, se.finsam.uppfoljning.plattform.web.Texter.text(Datumfalt.class, "datum.fel"));
            return null;
        }
    }

    /** The unreadable dates' messages, over what the business layer said of those fields. */
    void visaI(se.finsam.uppfoljning.plattform.web.Fel sidansFel) {
        sidansFel.getFalt().putAll(fel);
    }

    static String text(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }
}
