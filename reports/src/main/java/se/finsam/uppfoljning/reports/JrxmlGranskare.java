package se.finsam.uppfoljning.reports;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first, structural pass over an uploaded .jrxml: parsed as XML with DOCTYPE and every external
 * entity refused (so neither XXE nor a billion-laughs bomb gets anywhere), every element, attribute
 * and property held against what a PM layout may use, and the expressions, fields and parameters
 * collected with their line numbers for {@link LayoutKontroll}'s next passes.
 */
final class JrxmlGranskare extends DefaultHandler {

    /** An expression's source text, the element it is in, and the line its text starts on. */
    record Uttryck(String element, String agare, String text, int rad) {
    }

    /** A declared field or parameter. */
    record Deklaration(String namn, String klass, int rad) {
    }

    /**
     * The kinds of report element a layout may hold: text, lines, boxes, frames, breaks, subreports,
     * images and charts (JFreeChart through jasperreports-charts; a chart's customizer class is refused).
     */
    static final Set<String> TILLATNA_ELEMENT = Set.of("staticText", "textField", "line", "rectangle", "ellipse",
            "frame", "subreport", "break", "image", "chart");

    /** The fonts the application ships (jasperreports-fonts), embedded in every PDF. */
    static final Set<String> TYPSNITT = Set.of("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono");

    /** Types a field, parameter or variable may be declared with. */
    static final Set<String> TYPER = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Number",
            "java.lang.Object", "java.math.BigDecimal", "java.util.Map",
            "net.sf.jasperreports.engine.JasperReport", "net.sf.jasperreports.engine.JRDataSource");

    /** Elements that load code, data or files from elsewhere, or run SQL. */
    private static final Set<String> OTILLATNA = Set.of("scriptlet", "template", "import", "query",
            "connectionExpression", "reportFont", "genericElement", "componentElement", "dataAdapter");

    /** Attributes that name classes, bundles or font files to load (a chart's customizerClass is a class). */
    private static final Set<String> OTILLATNA_ATTRIBUT = Set.of("scriptletClass", "resourceBundle", "customizerClass",
            "formatFactoryClass", "pdfFontName", "incrementerFactoryClass", "valueClassName", "resourceBundleBaseName");

    /** Report properties a layout may set: export hints and bookmarks; Jaspersoft Studio's own notes. */
    private static final List<String> TILLATNA_EGENSKAPER = List.of("net.sf.jasperreports.export.",
            "net.sf.jasperreports.print.create.bookmarks", "com.jaspersoft.studio.");

    /**
     * A value that is a URL ({@code x://…} or a scheme that loads: file:, jar:, http: …), a file path
     * ({@code /etc}, {@code \\srv}, {@code ./x}, {@code ../x}, {@code ~/x}, {@code C:\\x}) or names a file to load
     * ({@code x.jasper}, {@code x.ttf} …). A lone "/" or "Ja/Nej" is text, not a path.
     */
    static final Pattern ADRESS = Pattern.compile("(?i)^\\s*(?:[a-z][a-z0-9+.-]*://"
            + "|(?:file|jar|jrt|classpath|repo|data|ldap|ftp|https?|netdoc|gopher|jdbc|vfs|zip|rmi|jndi):"
            + "|[/\\\\]+[\\w.$~-]|\\.{1,2}[/\\\\]|~[/\\\\]|[a-z]:[/\\\\]"
            + "|\\S*\\.(?:jasper|jrxml|jrtx|jrprint|ttf|otf|jar|class|properties|xml)\\s*$)");

    private final List<Fynd> fynd = new ArrayList<>();
    private final List<Uttryck> uttryck = new ArrayList<>();
    private final List<Deklaration> falt = new ArrayList<>();
    private final List<Deklaration> parametrar = new ArrayList<>();
    private final Deque<String> agare = new ArrayDeque<>();
    private Locator locator;
    private StringBuilder text;
    private String textElement;
    private int textRad;
    private boolean rot = true;

    List<Fynd> fynd() {
        return fynd;
    }

    List<Uttryck> uttryck() {
        return uttryck;
    }

    List<Deklaration> falt() {
        return falt;
    }

    List<Deklaration> parametrar() {
        return parametrar;
    }

    /** Parses and checks; a document that is not well-formed XML or has a DOCTYPE ends the check here. */
    static JrxmlGranskare granska(byte[] jrxml) {
        JrxmlGranskare g = new JrxmlGranskare();
        try {
            parser().parse(new ByteArrayInputStream(jrxml), g);
        } catch (SAXParseException e) {
            g.fynd.add(new Fynd(Fynd.Typ.XML, Math.max(e.getLineNumber(), 0), xmlfel(e)));
        } catch (SAXException | IOException e) {
            g.fynd.add(new Fynd(Fynd.Typ.XML, 0, "Layouten kunde inte läsas som XML: " + e.getMessage()));
        }
        return g;
    }

    private static String xmlfel(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE") || m.contains("ENTITY") || m.toLowerCase(Locale.ROOT).contains("entit")) {
            return "Layouten har en DOCTYPE-deklaration. DOCTYPE och entiteter tas inte emot: de kan läsa filer "
                    + "på servern (externa entiteter, XXE) eller blåsa upp dokumentet (entitetsbomb). Ta bort DOCTYPE-raden.";
        }
        return "Layouten är inte välformad XML: " + m;
    }

    private static SAXParser parser() {
        try {
            // The JDK's own parser, whatever the server puts on the class path, with every door shut
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML-läsaren kunde inte ställas in säkert: " + e.getMessage(), e);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    private int rad() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String namn = localName == null || localName.isEmpty() ? qName : localName;
        if (rot) {
            rot = false;
            if (!"jasperReport".equals(namn)) {
                fynd.add(new Fynd(Fynd.Typ.INTE_JRXML, rad(), "Layoutens rotelement är <" + namn + ">, inte <jasperReport>."));
            }
            String sprak = attributes.getValue("language");
            if (sprak != null && !"java".equals(sprak)) {
                fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Uttrycksspråket \"" + sprak
                        + "\" är inte tillåtet; layouter skrivs med language=\"java\"."));
            }
        }
        if (OTILLATNA.contains(namn)) {
            fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Elementet <" + namn + "> är inte tillåtet i en layout: "
                    + "en layout får inte köra egen kod, läsa mallar eller filer eller ställa frågor mot en databas."));
        }
        String kind = attributes.getValue("kind");
        if ("element".equals(namn) && kind != null && !TILLATNA_ELEMENT.contains(kind)) {
            fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Elementtypen \"" + kind + "\" är inte tillåten; tillåtna är "
                    + String.join(", ", TILLATNA_ELEMENT.stream().sorted().toList()) + "."));
        }
        attribut(namn, attributes);
        switch (namn) {
            case "field" -> falt.add(new Deklaration(attributes.getValue("name"), attributes.getValue("class"), rad()));
            case "parameter" -> parametrar.add(new Deklaration(attributes.getValue("name"), attributes.getValue("class"), rad()));
            case "property", "propertyExpression" -> egenskap(attributes.getValue("name"));
            default -> {
            }
        }
        agare.push("element".equals(namn) && kind != null ? kind : namn);
        if ("expression".equals(namn) || namn.endsWith("Expression")) {
            text = new StringBuilder();
            textElement = namn;
            textRad = rad();
        }
    }

    private void attribut(String element, Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            String namn = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
            String varde = attributes.getValue(i);
            if (OTILLATNA_ATTRIBUT.contains(namn)) {
                fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Attributet " + namn + " är inte tillåtet i en layout "
                        + "(det laddar klasser, resurser eller typsnittsfiler)."));
            } else if ("fontName".equals(namn) && !TYPSNITT.contains(varde)) {
                fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Typsnittet \"" + varde + "\" finns inte; använd "
                        + String.join(", ", TYPSNITT.stream().sorted().toList()) + "."));
            } else if ("class".equals(namn) && Set.of("field", "parameter", "variable").contains(element) && !TYPER.contains(varde)) {
                fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Typen " + varde + " är inte tillåten för <" + element
                        + ">; tillåtna är " + String.join(", ", TYPER.stream().sorted().toList()) + "."));
            } else if (!"name".equals(namn) && !"uuid".equals(namn) && ADRESS.matcher(varde).find() && !"pattern".equals(namn)) {
                fynd.add(new Fynd(Fynd.Typ.ADRESS, rad(), "Attributet " + namn + "=\"" + varde + "\" pekar på en adress "
                        + "eller fil; en layout får bara använda PM:ets egna layouter och data."));
            }
        }
    }

    private void egenskap(String namn) {
        if (namn == null || TILLATNA_EGENSKAPER.stream().noneMatch(namn::startsWith)) {
            fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad(), "Egenskapen " + namn + " får inte sättas i en layout; "
                    + "tillåtna är exportinställningar (net.sf.jasperreports.export.*), bokmärken och Jaspersoft Studios egna."));
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String namn = localName == null || localName.isEmpty() ? qName : localName;
        agare.pop();
        if (text != null && namn.equals(textElement)) {
            String t = text.toString();
            // a CDATA section that starts on the next line: count from where the text begins
            uttryck.add(new Uttryck(namn, agare.isEmpty() ? "" : agare.peek(), t, textRad));
            text = null;
            textElement = null;
        }
    }
}
