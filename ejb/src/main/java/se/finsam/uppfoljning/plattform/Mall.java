package se.finsam.uppfoljning.plattform;

/**
 * Fills a text's {@code {0}}, {@code {1}}, ... with its arguments: the one way the catalogues, the
 * page bundles and the e-mails do it. Not {@link java.text.MessageFormat}: that would print the year
 * 2024 as "2 024" and swallow apostrophes.
 */
public final class Mall {

    private Mall() {
    }

    public static String fyll(String mall, Object... args) {
        String text = mall;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
