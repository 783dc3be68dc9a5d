package se.finsam.uppfoljning.plattform.web;

import se.finsam.uppfoljning.reports.SwedishFormat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts, shares and amounts in the page's language, for the texts a bean composes: Swedish exactly
 * as the PM prints them ("1 290", "96 %", "1 290 kr"), English as an English reader expects them
 * ("1,290", "96%", "SEK 1,290"); "–" where there is no value in both.
 */
public final class Talformat {

    private Talformat() {
    }

    public static String heltal(Number tal) {
        if (tal == null) {
            return SwedishFormat.NONE;
        }
        return Sprak.isEnglish(Sprak.current()) ? engelska().format(tal) : SwedishFormat.integer(tal.longValue());
    }

    /** A whole percentage: "96 %" (no-break space) or "96%". */
    public static String procent(Integer procent) {
        if (procent == null) {
            return SwedishFormat.NONE;
        }
        return Sprak.isEnglish(Sprak.current()) ? engelska().format(procent) + "%" : SwedishFormat.percent(procent);
    }

    /** Kronor with öre only where there are any: "1 290 000 kr" / "SEK 1,290,000", "1 290,50 kr" / "SEK 1,290.50". */
    public static String kronor(BigDecimal belopp) {
        if (belopp == null) {
            return SwedishFormat.NONE;
        }
        boolean engelska = Sprak.isEnglish(Sprak.current());
        NumberFormat f = NumberFormat.getNumberInstance(engelska ? Locale.UK : SwedishFormat.SV_SE);
        f.setMinimumFractionDigits(belopp.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMaximumFractionDigits(2);
        String tal = f.format(belopp).replace('\u2212', '-');
        return engelska ? "SEK\u00a0" + tal : tal + "\u00a0kr";
    }

    private static NumberFormat engelska() {
        return NumberFormat.getIntegerInstance(Locale.UK);
    }
}
