package se.finsam.uppfoljning.plattform.control;

import se.finsam.uppfoljning.plattform.Felkod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English for what the business layer says in Swedish: a problem's detail and its fields' messages.
 * The business layer keeps writing one language (its catalogues and rules are Swedish, as the office
 * reads them), and the boundary translates on the way out, for the reader who asked for English.
 * <p>
 * A message is recognised by the Swedish template that made it: the catalogue entry of its code
 * ({@code Felkoder_en.properties} holds each code's English), or a phrase of
 * {@code Fraser_sv}/{@code Fraser_en} (field messages and case-specific wordings that are not a
 * catalogue's template). The template's {@code {0}} parts are read back out of the Swedish text and
 * put into the English one; an argument that is itself a phrase ("ett heltal") is translated too. A
 * text nothing recognises is left as it is: Swedish, never invented.
 */
public final class Oversattning {

    private static final Pattern PLATS = Pattern.compile("\\{(\\d+)}");
    private static final ResourceBundle.Control EXAKT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle KATALOG_EN = bundle("se.finsam.uppfoljning.plattform.Felkoder", Locale.ENGLISH);
    private static final List<Mall> FRASER = fraser();
    private static final Map<String, Felkod> KODER = new ConcurrentHashMap<>();

    private Oversattning() {
    }

    /**
     * Makes a catalogue entry known by its code, so a body that only carries the code can be
     * translated. Called as an entry makes a message: an entry that never spoke needs no English.
     */
    public static void kand(Felkod fel) {
        KODER.putIfAbsent(fel.code(), fel);
    }

    /** The English of a catalogue entry's template (with its {@code {n}} places), if there is one. */
    public static Optional<String> engelskMall(Felkod fel) {
        try {
            return Optional.of(KATALOG_EN.getString(fel.code()));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code swedish} in the reader's language: itself for Swedish, else the English of the template
     * that made it. {@code code} (may be null) names the catalogue entry to try first.
     */
    public static String text(String swedish, String code, Locale locale) {
        if (swedish == null || locale == null || !"en".equals(locale.getLanguage())) {
            return swedish;
        }
        List<Mall> kandidater = new ArrayList<>();
        Felkod fel = code == null ? null : KODER.get(code);
        if (fel != null) {
            engelskMall(fel).ifPresent(en -> kandidater.add(Mall.of(fel.template(), en)));
        }
        kandidater.addAll(FRASER);
        for (Felkod annan : KODER.values()) {
            if (annan != fel) {
                engelskMall(annan).ifPresent(en -> kandidater.add(Mall.of(annan.template(), en)));
            }
        }
        for (Mall mall : kandidater) {
            Optional<String> en = mall.oversatt(swedish);
            if (en.isPresent()) {
                return en.get();
            }
        }
        // a case-specific wording of a known entry that no phrase covers: the entry's own English
        // says what went wrong, if it needs no details
        if (fel != null) {
            Optional<String> en = engelskMall(fel).filter(t -> !PLATS.matcher(t).find());
            if (en.isPresent()) {
                return en.get();
            }
        }
        return swedish;
    }

    private static String argument(String arg) {
        for (Mall mall : FRASER) {
            if (mall.utanPlatser()) {
                Optional<String> en = mall.oversatt(arg);
                if (en.isPresent()) {
                    return en.get();
                }
            }
        }
        return arg;
    }

    private static List<Mall> fraser() {
        ResourceBundle sv = bundle("se.finsam.uppfoljning.plattform.Fraser", Locale.forLanguageTag("sv"));
        ResourceBundle en = bundle("se.finsam.uppfoljning.plattform.Fraser", Locale.ENGLISH);
        return sv.keySet().stream().map(k -> Mall.of(sv.getString(k), en.getString(k)))
                // the most specific first, so "Ska vara ett heltal." wins over "Ska vara {0}."
                .sorted(Comparator.comparingInt(Mall::bokstaver).reversed()).toList();
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(base, locale, Oversattning.class.getClassLoader(), EXAKT);
    }

    /** A Swedish template as a pattern that reads its places back, and its English. */
    private record Mall(Pattern svenska, String engelska, int bokstaver, boolean utanPlatser) {

        static Mall of(String svenskMall, String engelskMall) {
            StringBuilder regex = new StringBuilder();
            Matcher m = PLATS.matcher(svenskMall);
            int last = 0;
            int literal = 0;
            boolean places = false;
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                regex.append(Pattern.quote(svenskMall.substring(last, m.start())));
                // a place used twice holds the same text both times
                regex.append(seen.add(m.group(1)) ? "(?<p" + m.group(1) + ">.+?)" : "\\k<p" + m.group(1) + ">");
                literal += m.start() - last;
                last = m.end();
                places = true;
            }
            regex.append(Pattern.quote(svenskMall.substring(last)));
            literal += svenskMall.length() - last;
            return new Mall(Pattern.compile(regex.toString(), Pattern.DOTALL), engelskMall, literal, !places);
        }

        Optional<String> oversatt(String swedish) {
            if (bokstaver == 0) {
                return Optional.empty(); // a template of places only would claim every text
            }
            Matcher m = svenska.matcher(swedish);
            if (!m.matches()) {
                return Optional.empty();
            }
            Matcher plats = PLATS.matcher(engelska);
            StringBuilder en = new StringBuilder();
            while (plats.find()) {
                String value;
                try {
                    value = argument(m.group("p" + plats.group(1)));
                } catch (IllegalArgumentException noSuchPlace) {
                    value = plats.group();
                }
                plats.appendReplacement(en, Matcher.quoteReplacement(value));
            }
            plats.appendTail(en);
            return Optional.of(en.toString());
        }
    }
}
