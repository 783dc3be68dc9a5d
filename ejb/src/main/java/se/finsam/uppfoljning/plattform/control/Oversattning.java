package se.finsam.uppfoljning.plattform.control;

import se.finsam.uppfoljning.plattform.Felkod;

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
    private static final List<Mall> FRASER = fraser(false);
    private static final List<Mall> DELAR = fraser(true);
    private static final Map<String, Felkod> KODER = new ConcurrentHashMap<>();
    private static final Map<Felkod, Optional<Mall>> MALLAR = new ConcurrentHashMap<>();

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
     * that made it. {@code code} (may be null) names the catalogue entry to try first. A wording no
     * template recognises gets the entry's own English where that needs no details: it says what
     * went wrong, if less precisely.
     */
    public static String text(String swedish, String code, Locale locale) {
        Optional<String> en = oversatt(swedish, code, locale);
        if (en.isPresent()) {
            return en.get();
        }
        Felkod fel = code == null ? null : KODER.get(code);
        if (fel != null && isEnglish(locale)) {
            return engelskMall(fel).filter(t -> !PLATS.matcher(t).find()).orElse(swedish);
        }
        return swedish;
    }

    /**
     * A field's message in the reader's language. Without the entry's fallback: the problem's
     * general English in place of a field's specific message would say something else.
     */
    public static String falt(String swedish, String code, Locale locale) {
        return oversatt(swedish, code, locale).orElse(swedish);
    }

    private static Optional<String> oversatt(String swedish, String code, Locale locale) {
        if (swedish == null || !isEnglish(locale)) {
            return Optional.ofNullable(swedish);
        }
        Felkod fel = code == null ? null : KODER.get(code);
        Optional<String> en = fel == null ? Optional.empty() : mall(fel).flatMap(m -> m.oversatt(swedish));
        if (en.isEmpty()) {
            en = forst(FRASER, swedish);
        }
        if (en.isEmpty()) {
            en = forst(KODER.values().stream().filter(k -> k != fel).map(Oversattning::mall)
                    .flatMap(Optional::stream).toList(), swedish);
        }
        return en;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static Optional<Mall> mall(Felkod fel) {
        return MALLAR.computeIfAbsent(fel, f -> engelskMall(f).map(en -> Mall.of(f.template(), en)));
    }

    private static Optional<String> forst(List<Mall> mallar, String swedish) {
        for (Mall mall : mallar) {
            Optional<String> en = mall.oversatt(swedish);
            if (en.isPresent()) {
                return en;
            }
        }
        return Optional.empty();
    }

    /**
     * A part read out of a template, translated if it is a phrase itself. Parts may be phrases with
     * places of their own ("2024 kvartal 3"): those are the {@code del.} phrases, tried only here,
     * because as a whole message "{0} kvartal {1}" would claim any text with the word in it. It ends:
     * each part is shorter than the text it was read from.
     */
    private static String argument(String arg) {
        return forst(DELAR, arg).orElse(arg);
    }

    private static List<Mall> fraser(boolean medDelar) {
        ResourceBundle sv = bundle("se.finsam.uppfoljning.plattform.Fraser", Locale.forLanguageTag("sv"));
        ResourceBundle en = bundle("se.finsam.uppfoljning.plattform.Fraser", Locale.ENGLISH);
        return sv.keySet().stream().filter(k -> medDelar || !k.startsWith("del."))
                .map(k -> Mall.of(sv.getString(k), en.getString(k)))
                // the most specific first, so "Ska vara ett heltal." wins over "Ska vara {0}."
                .sorted(Comparator.comparingInt(Mall::bokstaver).reversed()).toList();
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(base, locale, Oversattning.class.getClassLoader(), EXAKT);
    }

    /** A Swedish template as a pattern that reads its places back, and its English. */
    private record Mall(Pattern svenska, String engelska, int bokstaver) {

        static Mall of(String svenskMall, String engelskMall) {
            StringBuilder regex = new StringBuilder();
            Matcher m = PLATS.matcher(svenskMall);
            int last = 0;
            int literal = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                regex.append(Pattern.quote(svenskMall.substring(last, m.start())));
                // a place used twice holds the same text both times
                regex.append(seen.add(m.group(1)) ? "(?<p" + m.group(1) + ">.+?)" : "\\k<p" + m.group(1) + ">");
                literal += m.start() - last;
                last = m.end();
            }
            regex.append(Pattern.quote(svenskMall.substring(last)));
            literal += svenskMall.length() - last;
            return new Mall(Pattern.compile(regex.toString(), Pattern.DOTALL), engelskMall, literal);
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
