package se.finsam.uppfoljning.plattform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Swedish left in an English text: a letter å, ä or ö, or a word that only Swedish has. The
 * domain words the glossary keeps in Swedish in English pages (insats, samordningsförbund, kansli,
 * rekvisition, SUS, PM, ...) are allowed, as are the names of the agencies; shared by
 * {@link LocaleTest} (the English bundles) and {@link EnglishBrowserIT} (the rendered pages).
 */
final class Svenskt {

    /** Swedish words that are not English words too: any of them in an English text is a sentence left untranslated. */
    static final Set<String> ORD = Set.of(
            "och", "att", "inte", "eller", "med", "som", "har", "ska", "kan", "finns", "inga", "ingen", "inget",
            "alla", "saknas", "det", "detta", "denna", "ett", "av", "på", "från", "om", "vid",
            "efter", "innan", "ännu", "här", "där", "du", "din", "ditt", "dina", "dig", "vår", "våra",
            "nej", "ja", "är", "blir", "blev", "måste", "kommer", "också", "bara", "samt",
            "välj", "spara", "skicka", "avbryt", "tillbaka", "sök", "ändra", "lägg", "ta", "bort", "ge",
            "rollen", "rapporten", "rapporter", "kvartal", "kvartalet", "år", "året", "halvår", "frist", "sen", "sena",
            "utkast", "inskickad", "returnerad", "godkänd", "påbörjad", "avslutad", "pågår", "namn", "kod", "typ",
            "mål", "målen", "målet", "fråga", "frågor", "svar", "kommentar", "förklaring", "beslut",
            "personer", "roller", "uppgifter", "sidan", "startsidan");
    // not listed though Swedish: words that are English as well (till, person, roll, visa, per, sedan, organisation, den, vi)

    /**
     * Swedish words an English page keeps (docs/glossary.md): the domain terms a reader meets in the
     * product under their Swedish names, the product's name, and the agencies' proper names.
     */
    static final Set<String> TILLATNA = Set.of(
            "insats", "insatser", "insatsen", "insatsens", "samordningsförbund", "samordningsförbundet", "förbund",
            "förbundet", "förbundets", "kansli", "kansliet", "kansliets", "rekvisition", "rekvisitioner", "sus", "pm",
            "uppföljning", "förbundschef", "styrgrupp", "styrgruppen", "styrelse", "rapportör", "rapportörer",
            "slutrapport", "kvartalsrapport", "avvikelse", "avvikelser", "frågebatteri", "frågebatterier",
            "arbetsförmedlingen", "försäkringskassan", "finsam", "sof", "tsek", "halvårs", "svenska");

    private static final Pattern ORDET = Pattern.compile("[\\p{L}]+");

    private Svenskt() {
    }

    /** The first Swedish word of {@code text} that is neither English nor an allowed domain word, if any. */
    static Optional<String> forsta(String text) {
        Matcher m = ORDET.matcher(text);
        while (m.find()) {
            String ord = m.group().toLowerCase(Locale.ROOT);
            if (TILLATNA.contains(ord)) {
                continue;
            }
            if (ORD.contains(ord) || ord.chars().anyMatch(c -> c == 'å' || c == 'ä' || c == 'ö')) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    static List<String> alla(String text) {
        return ORDET.matcher(text).results().map(r -> r.group()).filter(o -> forsta(o).isPresent()).distinct().toList();
    }
}
