package se.finsam.uppfoljning.plattform.web;

import se.finsam.uppfoljning.plattform.Mall;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts a page's Java code writes (messages, labels it composes), from the same bundles the
 * templates read: each component's {@code web} package holds {@code Texter_sv.properties} and
 * {@code Texter_en.properties}, registered in faces-config.xml as {@code <component>Text}. There is
 * no base file, so a language never falls back to the server's default locale; LocaleTest keeps the
 * two files' keys equal.
 */
public final class Texter {

    private static final ResourceBundle.Control EXAKT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texter() {
    }

    /** The text {@code key} of the component that {@code owner} (a class of its web package) belongs to, in the page's language. */
    public static String text(Class<?> owner, String key, Object... args) {
        return text(Sprak.current(), owner, key, args);
    }

    public static String text(Locale locale, Class<?> owner, String key, Object... args) {
        String base = owner.getPackageName() + ".Texter";
        String template;
        try {
            template = ResourceBundle.getBundle(base, Sprak.isEnglish(locale) ? Sprak.ENGELSKA : Sprak.SVENSKA,
                    owner.getClassLoader(), EXAKT).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Texten " + key + " saknas i " + base, e);
        }
        return Mall.fyll(template, args);
    }
}
