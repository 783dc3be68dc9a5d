package se.finsam.uppfoljning.pm.control;

import java.util.List;

/**
 * How the PM writes a count in its own sentences: words from noll to tio, digits above ("sju
 * individinsatser", "11 finansierade insatser"), as Swedish style guides and the office's PMs do.
 * One place for the rule, so that every sentence the product writes follows it.
 */
public final class Talord {

    /** The words for 0–10; "en" is the common-gender form, which the PM's nouns (insats) take. */
    private static final List<String> ORD = List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju",
            "åtta", "nio", "tio");

    /** The highest count written as a word. */
    public static final int STORSTA_ORD = 10;

    private Talord() {
    }

    /** {@code 7 → "sju"}, {@code 11 → "11"}; negative counts are an error, not a word. */
    public static String tal(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Ett antal kan inte vara negativt: " + n);
        }
        return n <= STORSTA_ORD ? ORD.get(n) : Integer.toString(n);
    }

    /**
     * A count with its noun, as a sentence names a number of things: {@code "ingen insats"},
     * {@code "en insats"}, {@code "fyra insatser"}, {@code "11 insatser"}. "Ingen" rather than
     * "noll" because the PM says "Ingen insats har avslutats."
     */
    public static String antal(int n, String singular, String plural) {
        if (n == 0) {
            return "ingen " + singular;
        }
        return tal(n) + " " + (n == 1 ? singular : plural);
    }

    /** The first letter in upper case, for a count that opens a sentence ("Ingen insats …"). */
    public static String versal(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("sv-SE")) + text.substring(1);
    }
}
