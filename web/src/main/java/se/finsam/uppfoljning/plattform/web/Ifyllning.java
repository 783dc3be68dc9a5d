package se.finsam.uppfoljning.plattform.web;

import se.finsam.uppfoljning.plattform.Mall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Fills a bundle text's {@code {0}}, {@code {1}}, ... in a template, also inside attributes (a button's
 * value, an aria-label), where {@code h:outputFormat} cannot go: {@code #{fyll.i(pmText['x'], a, b)}}.
 * The placeholders are replaced as {@link Texter#text} does, not by MessageFormat, so a bundle value
 * is the same kind of text whether a page or a bean reads it (a year stays "2024", an apostrophe is
 * written once); an absent value fills in as nothing.
 */
@Named("fyll")
@ApplicationScoped
public class Ifyllning {

    public String i(String mall, Object a) {
        return fyll(mall, a);
    }

    public String i(String mall, Object a, Object b) {
        return fyll(mall, a, b);
    }

    public String i(String mall, Object a, Object b, Object c) {
        return fyll(mall, a, b, c);
    }

    public String i(String mall, Object a, Object b, Object c, Object d) {
        return fyll(mall, a, b, c, d);
    }

    public String i(String mall, Object a, Object b, Object c, Object d, Object e) {
        return fyll(mall, a, b, c, d, e);
    }

    private static String fyll(String mall, Object... varden) {
        // an absent value prints nothing on a page, not "null"
        return Mall.fyll(mall, java.util.Arrays.stream(varden).map(v -> v == null ? "" : v).toArray());
    }
}
