package se.finsam.uppfoljning.plattform.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swedish and English stay whole: every page bundle's Swedish and English files hold the same keys
 * with the same {0} placeholders, the English says nothing in Swedish but the glossary's domain
 * words, and no page template writes a visible word of its own instead of reading it from a bundle.
 */
class LocaleTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern PLATSHALLARE = Pattern.compile("\\{\\d+}");

    /** Attributes whose value a person reads or hears, on any element. */
    private static final Set<String> LASBARA_ATTRIBUT = Set.of("title", "alt", "aria-label", "placeholder", "label",
            "itemLabel", "noSelectionLabel", "summary", "requiredMessage", "converterMessage", "validatorMessage",
            "aria-description", "aria-valuetext");
    /** Elements whose {@code value} is shown (Faces' outputs and buttons); an input's value is the person's own. */
    private static final Set<String> VISADE_VARDEN = Set.of("outputText", "outputLabel", "outputFormat", "commandButton",
            "commandLink", "button");
    private static final Set<String> KNAPPTYPER = Set.of("submit", "button", "reset");
    /** What a text may hold besides EL: punctuation, symbols, digits, space. */
    private static final Pattern INGA_ORD = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s\\u00a0]*");
    /** A string literal inside EL that reads as words (a capitalised word, words with spaces, å/ä/ö), not a code or key. */
    private static final Pattern EL_LITTERAL = Pattern.compile("'([^']*)'");
    private static final Pattern ORDLIK = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}|\\p{L} +\\p{L}|[åäöÅÄÖ]");

    @Test
    void everySwedishBundleHasItsEnglishTwinWithTheSameKeysAndPlaceholders() throws IOException {
        List<Path> svenska = bundles();
        assertThat(svenska).as("Texter_sv.properties under " + RESOURCES).isNotEmpty();
        List<String> fel = new ArrayList<>();
        for (Path sv : svenska) {
            Path en = sv.resolveSibling("Texter_en.properties");
            if (!Files.exists(en)) {
                fel.add(en + " saknas");
                continue;
            }
            Properties s = load(sv);
            Properties e = load(en);
            diff(s, e).forEach(k -> fel.add(RESOURCES.relativize(en) + " saknar " + k));
            diff(e, s).forEach(k -> fel.add(RESOURCES.relativize(sv) + " saknar " + k));
            for (String k : s.stringPropertyNames()) {
                if (e.containsKey(k) && !platshallare(s.getProperty(k)).equals(platshallare(e.getProperty(k)))) {
                    fel.add(RESOURCES.relativize(en) + ": " + k + " har andra platshållare än på svenska");
                }
            }
        }
        Path bas = RESOURCES.resolve("se/finsam/uppfoljning");
        try (Stream<Path> enbart = Files.walk(bas)) {
            enbart.filter(p -> p.getFileName().toString().equals("Texter_en.properties"))
                    .filter(p -> !Files.exists(p.resolveSibling("Texter_sv.properties")))
                    .forEach(p -> fel.add(p + " har ingen Texter_sv.properties"));
        }
        assertThat(fel).as("nycklar som bara finns på ett språk").isEmpty();
    }

    @Test
    void englishTextsSayNothingInSwedishButTheGlossarysDomainWords() throws IOException {
        List<String> fel = new ArrayList<>();
        for (Path sv : bundles()) {
            Path en = sv.resolveSibling("Texter_en.properties");
            if (!Files.exists(en)) {
                continue;
            }
            Properties e = load(en);
            for (String k : new TreeSet<>(e.stringPropertyNames())) {
                Svenskt.forsta(e.getProperty(k)).ifPresent(ord -> fel.add(RESOURCES.relativize(en) + " " + k + ": \"" + ord + "\""));
            }
        }
        assertThat(fel).as("svenska ord i engelska texter (tillåtna domänord: Svenskt.TILLATNA)").isEmpty();
    }

    @Test
    void noPageWritesVisibleTextOutsideTheBundles() throws Exception {
        List<String> fel = new ArrayList<>();
        try (Stream<Path> sidor = Files.walk(WEBAPP)) {
            for (Path sida : sidor.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                granska(parse(sida).getDocumentElement(), WEBAPP.relativize(sida).toString(), fel);
            }
        }
        assertThat(fel).as("synlig text i sidmallar som inte kommer ur en resurssamling (Texter_sv/Texter_en)").isEmpty();
    }

    private static void granska(Element element, String sida, List<String> fel) {
        String namn = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (namn.equals("script") || namn.equals("style")) {
            return;
        }
        NamedNodeMap attribut = element.getAttributes();
        for (int i = 0; i < attribut.getLength(); i++) {
            Attr a = (Attr) attribut.item(i);
            String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
            boolean visas = LASBARA_ATTRIBUT.contains(attr)
                    || attr.equals("value") && (VISADE_VARDEN.contains(namn)
                    || namn.equals("input") && KNAPPTYPER.contains(element.getAttribute("type")));
            if (visas && !utanOrd(a.getValue())) {
                fel.add(sida + ": <" + namn + " " + attr + "=\"" + a.getValue().strip() + "\">");
            }
        }
        for (Node barn = element.getFirstChild(); barn != null; barn = barn.getNextSibling()) {
            if (barn instanceof Element e) {
                granska(e, sida, fel);
            } else if (barn.getNodeType() == Node.TEXT_NODE || barn.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!utanOrd(barn.getNodeValue())) {
                    fel.add(sida + ": <" + namn + "> \"" + barn.getNodeValue().strip().replaceAll("\\s+", " ") + "\"");
                }
            }
        }
    }

    /** True when the text is EL (whose string literals are codes or keys), punctuation, symbols and digits only. */
    static boolean utanOrd(String text) {
        StringBuilder utanforEl = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = elStart(text, i);
            if (start < 0) {
                utanforEl.append(text, i, text.length());
                break;
            }
            utanforEl.append(text, i, start);
            int slut = elSlut(text, start + 2);
            String el = text.substring(start + 2, slut);
            Matcher litteral = EL_LITTERAL.matcher(el);
            while (litteral.find()) {
                if (ORDLIK.matcher(litteral.group(1)).find()) {
                    return false;
                }
            }
            i = slut + 1;
        }
        return INGA_ORD.matcher(utanforEl).matches();
    }

    private static int elStart(String text, int from) {
        int hash = text.indexOf("#{", from);
        int dollar = text.indexOf("${", from);
        return hash < 0 ? dollar : dollar < 0 ? hash : Math.min(hash, dollar);
    }

    /** The closing brace of an EL expression, past nested braces and string literals. */
    private static int elSlut(String text, int from) {
        int djup = 0;
        char citat = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (citat != 0) {
                if (c == citat) {
                    citat = 0;
                }
            } else if (c == '\'' || c == '"') {
                citat = c;
            } else if (c == '{') {
                djup++;
            } else if (c == '}') {
                if (djup == 0) {
                    return i;
                }
                djup--;
            }
        }
        return text.length() - 1;
    }

    private static Document parse(Path sida) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(sida.toFile());
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> filer = Files.walk(RESOURCES)) {
            return filer.filter(p -> p.getFileName().toString().equals("Texter_sv.properties")).sorted().toList();
        }
    }

    private static Properties load(Path fil) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> diff(Properties a, Properties b) {
        Set<String> saknas = new TreeSet<>(a.stringPropertyNames());
        saknas.removeAll(b.stringPropertyNames());
        return saknas;
    }

    private static Set<String> platshallare(String text) {
        Set<String> p = new TreeSet<>();
        PLATSHALLARE.matcher(text).results().forEach(r -> p.add(r.group()));
        return p;
    }
}
