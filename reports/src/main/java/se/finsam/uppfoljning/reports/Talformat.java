package se.finsam.uppfoljning.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts, shares and amounts for the pages, in the reader's language: Swedish exactly as the PM
 * prints them ({@link SwedishFormat}: "1 290", "96 %", "1 290 kr"), English as an English reader
 * expects them ("1,290", "96%", "SEK 1,290"); "–" where there is no value in both. The language is
 * a parameter, so that a page's bean and a test outside the container format alike.
 */
public final class Talformat {

    private Talformat() {
    }

    public static String heltal(Number tal, Locale sprak) {
        if (tal == null) {
            return SwedishFormat.NONE;
        }
        return engelska(sprak) ? NumberFormat.getIntegerInstance(Locale.UK).format(tal) : SwedishFormat.integer(tal.longValue());
    }

    /** A whole percentage: "96 %" (no-break space) or "96%". */
    public static String procent(Integer procent, Locale sprak) {
        if (procent == null) {
            return SwedishFormat.NONE;
        }
        return engelska(sprak) ? heltal(procent, sprak) + "%" : SwedishFormat.percent(procent);
    }

    /** Kronor, with öre only where there are any: "1 290 000 kr" / "SEK 1,290,000", "1 290,50 kr" / "SEK 1,290.50". */
    public static String kronor(BigDecimal belopp, Locale sprak) {
        if (belopp == null) {
            return SwedishFormat.NONE;
        }
        boolean engelska = engelska(sprak);
        NumberFormat f = NumberFormat.getNumberInstance(engelska ? Locale.UK : SwedishFormat.SV_SE);
        f.setMinimumFractionDigits(belopp.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMaximumFractionDigits(2);
        String tal = f.format(belopp).replace('\u2212', '-');
        return engelska ? "SEK\u00a0" + tal : tal + "\u00a0kr";
    }

    private static boolean engelska(Locale sprak) {
        return sprak != null && "en".equals(sprak.getLanguage());
    }
}
