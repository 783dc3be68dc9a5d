package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;

import java.util.Locale;

/**
 * The two editions of a PM: the internal one with every figure, and the public one (a board's PM is
 * a public document) where the participant tables hide small counts ({@link Rojandeskydd}).
 */
public enum PmUtgava {
    INTERN,
    OFFENTLIG;

    /** "intern" or "offentlig" as an address names it; 400 {@code PM-012} for anything else. */
    public static PmUtgava avkoda(String text) {
        for (PmUtgava u : values()) {
            if (u.name().equalsIgnoreCase(text)) {
                return u;
            }
        }
        throw UppfoljningException.of(PmFel.OKAND_UTGAVA, String.valueOf(text));
    }

    /** As addresses and file names write it. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
