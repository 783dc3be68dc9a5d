package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, points in time and numbers as readers of the page's language expect them, in Swedish time:
 * "13 februari 2023 kl. 14.05" and "1 290", or "13 February 2023 at 14:05" and "1,290". Faces' date
 * converter has no type for an {@code Instant} (the audit trail stores instants), and a page should
 * not spell a pattern per field.
 */
@Named
@ApplicationScoped
public class Tidsformat {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TID_SV = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", Sprak.SVENSKA).withZone(SVERIGE);
    private static final DateTimeFormatter TID_EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Sprak.ENGELSKA).withZone(SVERIGE);
    private static final DateTimeFormatter DATUM_SV = DateTimeFormatter.ofPattern("d MMMM yyyy", Sprak.SVENSKA);
    private static final DateTimeFormatter DATUM_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Sprak.ENGELSKA);

    public String tid(Instant tid) {
        return tid == null ? "" : (Sprak.isEnglish(Sprak.current()) ? TID_EN : TID_SV).format(tid);
    }

    /** A day in words: "13 februari 2023" / "13 February 2023". */
    public String datum(LocalDate datum) {
        return datum == null ? "" : (Sprak.isEnglish(Sprak.current()) ? DATUM_EN : DATUM_SV).format(datum);
    }

    /** A whole number with the language's grouping: "1 290" / "1,290"; an absent number as "–". */
    public String tal(Number tal) {
        return tal == null ? "–" : tal(tal, Sprak.current());
    }

    static String tal(Number tal, Locale locale) {
        // Swedish groups with a no-break space, so "1 290" never breaks over two lines
        return NumberFormat.getIntegerInstance(Sprak.isEnglish(locale) ? Locale.UK : Sprak.SVENSKA).format(tal);
    }
}
