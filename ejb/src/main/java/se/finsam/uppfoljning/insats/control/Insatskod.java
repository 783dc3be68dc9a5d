package se.finsam.uppfoljning.insats.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The code a registered insats gets (its name in data packages, unique in the förbund): its short
 * name in lower-case ASCII with dashes, numbered when taken ("lokussamordnare-2").
 */
public final class Insatskod {

    private static final int MAX = 50;

    private Insatskod() {
    }

    public static String ny(String kortnamn, Set<String> tagna) {
        String bas = Normalizer.normalize(kortnamn, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (bas.length() > MAX) {
            bas = bas.substring(0, MAX).replaceAll("-+$", "");
        }
        if (bas.isEmpty()) {
            bas = "insats";
        }
        String kod = bas;
        for (int n = 2; tagna.contains(kod); n++) {
            kod = bas + "-" + n;
        }
        return kod;
    }
}
