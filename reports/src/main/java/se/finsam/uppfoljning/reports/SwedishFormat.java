package se.finsam.uppfoljning.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the PM writes numbers, shares and dates: {@code 1 290}, {@code 96 %}, {@code 2022-12-31}, and
 * {@code –} where there is no value. Formatting happens here, in Java, rather than in the layouts'
 * patterns, so that PDF, DOCX and XLSX print the same text and the rule is tested once.
 *
 * <p>The grouping separator is a no-break space (U+00A0), as Swedish typography and the JDK's sv-SE
 * locale have it, so that {@code 1 290} never breaks across a line; {@code 96 %} has one too.
 */
public final class SwedishFormat {

    /** Printed where a figure is missing ("ingen uppgift"), never a 0 that would be a value. */
    public static final String NONE = "–";

    static final char NBSP = '\u00A0';

    public static final Locale SV_SE = Locale.forLanguageTag("sv-SE");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private SwedishFormat() {
    }

    /** A text as printed: itself, or "–" where there is none. */
    public static String text(String value) {
        return value == null ? NONE : value;
    }

    /** {@code 1290 → "1 290"}, {@code -5 → "−5"}, {@code null → "–"}. */
    public static String integer(Long value) {
        return value == null ? NONE : grouped().format(value);
    }

    public static String integer(Integer value) {
        return value == null ? NONE : integer(value.longValue());
    }

    /** A whole percentage: {@code 96 → "96 %"}. */
    public static String percent(Integer value) {
        return value == null ? NONE : grouped().format(value.longValue()) + NBSP + "%";
    }

    /**
     * A share rounded half-up to a whole percent: {@code (1 059, 1 130) → "94 %"}; "–" when the
     * whole is 0 or unknown, since the share is then undefined rather than 0 %.
     */
    public static String percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return NONE;
        }
        long rounded = Math.round(part * 100.0 / whole);
        return percent(Math.toIntExact(rounded));
    }

    /**
     * A figure with at most one decimal, as the PM prints averages: {@code 182.5 → "182,5"},
     * {@code 1290 → "1 290"}, {@code null → "–"} (rounded half up to one decimal).
     */
    public static String decimal(java.math.BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        DecimalFormat f = grouped();
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** ISO dates, as the PM prints them ({@code 2022-01-01}); "–" for an open end. */
    public static String date(LocalDate value) {
        return value == null ? NONE : DATE.format(value);
    }

    /** "Kvartal 1 och 2" / "Kvartal 3 och 4", the PM's name for a half-year. */
    public static String halfYear(int halvar) {
        return switch (halvar) {
            case 1 -> "Kvartal 1 och 2";
            case 2 -> "Kvartal 3 och 4";
            default -> throw new IllegalArgumentException("Halvår är 1 eller 2, inte " + halvar);
        };
    }

    private static DecimalFormat grouped() {
        // Explicit symbols rather than the locale's: a JDK whose CLDR data changes the separator
        // (it has moved between U+00A0 and U+202F in other locales) must not change the PM's text.
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SV_SE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingUsed(true);
        return format;
    }
}
