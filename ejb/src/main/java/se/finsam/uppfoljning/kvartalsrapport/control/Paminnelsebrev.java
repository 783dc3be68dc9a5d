package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.plattform.Mall;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reminder e-mail to a rapportör, in the language they chose in the sign-in service (Swedish
 * unless it is English). The words are in {@code Paminnelsebrev_sv/_en.properties} beside this class;
 * the insats' name and the link are data and stay as they are.
 */
public final class Paminnelsebrev {

    private static final ResourceBundle.Control EXAKT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Paminnelsebrev() {
    }

    public record Brev(String amne, String text) {
    }

    /**
     * @param sprak the recipient's language tag ({@code sv}, {@code en}, {@code en-GB}, ...)
     * @param vad   the insats' name and the year, "Tierp, Ung framtid, 2022"
     */
    public static Brev skriv(String sprak, Paminnelseregel regel, int dagar, String vad, int kvartal, LocalDate frist, String lank) {
        Locale locale = sprak(sprak);
        ResourceBundle ord = ResourceBundle.getBundle(Paminnelsebrev.class.getName(), locale, Paminnelsebrev.class.getClassLoader(), EXAKT);
        String rapport = Mall.fyll(ord.getString("rapport"), vad, kvartal);
        String amne = Mall.fyll(ord.getString(regel == Paminnelseregel.EFTER ? "amne.sen" : "amne"), rapport);
        String text = Mall.fyll(ord.getString("text"), rapport,
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(frist), regel.text(dagar, locale), lank);
        return new Brev(amne, text);
    }

    /** English for a tag that names it; Swedish for anything else, the product's language. */
    static Locale sprak(String tag) {
        return tag != null && Locale.forLanguageTag(tag).getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    }

    static String ord(Locale locale, String key, Object... args) {
        return Mall.fyll(ResourceBundle.getBundle(Paminnelsebrev.class.getName(), locale, Paminnelsebrev.class.getClassLoader(), EXAKT)
                .getString(key), args);
    }
}
