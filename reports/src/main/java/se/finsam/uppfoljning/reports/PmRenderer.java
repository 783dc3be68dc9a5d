package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the half-year PM out as PDF, DOCX or XLSX from a {@link PmReport}. The layouts were compiled
 * at build time; they are loaded once, here, and every render only fills and exports them.
 *
 * <p>One instance serves every caller: the compiled reports and the JasperReports context are not
 * changed after construction, and each render has its own parameters, data sources and output.
 *
 * <p>Security: expressions may use only the classes in {@link #EXPRESSION_CLASSES} (JasperReports'
 * report class filter, off by default, is on here and its default allow-list cleared), compiled
 * reports are read through the deserialization filter, and nothing ever loads a filled report
 * (.jrprint) or uses a virtualizer — see docs/decisions/0014-jasperreports-7-0-6.md.
 */
public final class PmRenderer {

    /**
     * The tables that have a layout {@code pm-tabell-<n>}: tables 1–9, the target group (10) and the
     * bar chart of average days enrolled by sex (11), which the PM's text does not number.
     */
    static final List<Integer> TABELLER = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, StatistikTabell.MALGRUPP, SnittdagarDiagram.NUMMER);

    /**
     * Exactly the classes the layouts' expressions refer to (parameter, field and variable types and
     * what the expressions call) and the ones JasperReports' generated evaluator needs. A layout that
     * reaches for anything else fails to fill. The String/Boolean/Integer family is always allowed.
     */
    static final List<String> EXPRESSION_CLASSES = List.of(
            // the generated evaluator and what it reads through
            "net.sf.jasperreports.engine.fill.JREvaluator",
            "net.sf.jasperreports.engine.fill.JRFillParameter",
            "net.sf.jasperreports.engine.fill.JRFillField",
            "net.sf.jasperreports.engine.fill.JRFillVariable",
            "java.lang.Object",
            // what javac makes of "a" + b since Java 9: an invokedynamic bootstrapped here
            "java.lang.invoke.StringConcatFactory",
            // parameter types of the master layout: a table's compiled layout, rows and parameters
            "net.sf.jasperreports.engine.JasperReport",
            "net.sf.jasperreports.engine.JRDataSource",
            "java.util.Map",
            // the chart's bar values (SnittdagarRad: average days enrolled), an immutable number
            "java.math.BigDecimal");

    /** JasperReports' own default allow-lists, emptied so that only ours counts. */
    private static final List<String> DEFAULT_WHITELISTS = List.of(
            "jasperreports.evaluator", "jasperreports.data.sources", "jasperreports.date.range",
            "jasperreports.misc", "jasperreports.java");

    /** The file beside the compiled layouts that names their version (a hash of the sources). */
    static final String VERSION_FILE = "version.txt";

    private static final String WHITELIST_PREFIX = "net.sf.jasperreports.report.class.whitelist.";
    private static final String LAYOUTS = "/se/finsam/uppfoljning/reports/layouts/";

    /** The master layout's name; a table's layout is {@code pm-tabell-<n>}, the contents' {@code pm-innehall}. */
    public static final String MASTER = "pm";
    public static final String INNEHALL = "pm-innehall";

    /** Caps on every fill (JasperReports' governors): a layout cannot print without end. */
    static final int MAX_SIDOR = 200;
    static final long MAX_FYLLNADSTID_MS = 60_000;

    private final SimpleJasperReportsContext context;
    private final Layoutuppsattning standard;
    private final String layoutVersion;

    public PmRenderer() {
        context = secureContext();
        Map<String, Layoutversion> loaded = new LinkedHashMap<>();
        loaded.put(MASTER, new Layoutversion(MASTER, 1, load(MASTER)));
        loaded.put(INNEHALL, new Layoutversion(INNEHALL, 1, load(INNEHALL)));
        for (int n : TABELLER) {
            loaded.put(tabellayout(n), new Layoutversion(tabellayout(n), 1, load(tabellayout(n))));
        }
        standard = new Layoutuppsattning(loaded);
        layoutVersion = readVersion();
    }

    /** The build's own layouts, each as version 1 of the layout library. */
    public Layoutuppsattning standard() {
        return standard;
    }

    public static String tabellayout(int nummer) {
        return "pm-tabell-" + nummer;
    }

    /**
     * The identity of the build's layouts ("sha256:…" of their sources); with a layout library,
     * {@link #layoutVersion(Layoutuppsattning)} names the versions too.
     */
    public String layoutVersion() {
        return layoutVersion;
    }

    /**
     * The identity of a set of layouts: the build's hash and every layout's version
     * ({@code sha256:…; pm=1, pm-tabell-5=2, …}). Recorded with a frozen PM, so that a frozen PM is
     * rendered again only by the layouts it was frozen with.
     */
    public String layoutVersion(Layoutuppsattning layouter) {
        return layoutVersion + "; " + layouter.beskrivning();
    }

    private static String readVersion() {
        try (InputStream in = PmRenderer.class.getResourceAsStream(LAYOUTS + VERSION_FILE)) {
            if (in == null) {
                throw new IllegalStateException(LAYOUTS + VERSION_FILE + " saknas: layouterna kompileras när modulen byggs.");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PM as a tagged PDF (/Lang sv, the title shown), fonts embedded. */
    public byte[] pdf(PmReport data) {
        return pdf(data, standard);
    }

    /** The PM as PDF with the given layouts (a PM uses the published ones; a preview a draft). */
    public byte[] pdf(PmReport data, Layoutuppsattning layouter) {
        JasperPrint print = fill(data, layouter);
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        // A public body's documents must be accessible: structure tree, language, title
        configuration.setTagged(true);
        configuration.setTagLanguage("sv");
        configuration.setMetadataTitle(data.dokumenttitel());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataAuthor(data.forbund());
        configuration.setMetadataCreator("Uppföljning");
        return export(out -> {
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        });
    }

    /** The PM as DOCX, for the office to edit further. */
    public byte[] docx(PmReport data) {
        return docx(data, standard);
    }

    public byte[] docx(PmReport data, Layoutuppsattning layouter) {
        JasperPrint print = fill(data, layouter);
        return export(out -> {
            JRDocxExporter exporter = new JRDocxExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        });
    }

    /**
     * The PM's tables as XLSX, one sheet per table named "Tabell n": each table's layout is filled
     * on its own, unpaginated, so a sheet holds the caption, the header row and every row once.
     */
    public byte[] xlsx(PmReport data) {
        return xlsx(data, standard);
    }

    public byte[] xlsx(PmReport data, Layoutuppsattning layouter) {
        List<ExporterInputItem> sheets = new ArrayList<>();
        for (PmTabell table : data.tabeller()) {
            Map<String, Object> parameters = tableParameters(table);
            parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
            JasperPrint print = fillReport(layout(table, layouter), parameters, new JRBeanCollectionDataSource(table.rader()));
            print.setName(table.arknamn());
            sheets.add(new SimpleExporterInputItem(print));
        }
        if (sheets.isEmpty()) {
            // a PM without tables (a förbund without insatser in the half-year) is still a workbook:
            // one sheet with the title page and the summary, rather than an exporter failure
            JasperPrint print = fill(data, layouter);
            print.setName("PM");
            sheets.add(new SimpleExporterInputItem(print));
        }
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setDetectCellType(true);
        return export(out -> {
            JRXlsxExporter exporter = new JRXlsxExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(sheets));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        });
    }

    /**
     * Fills the PM twice: the first fill finds the page each section heading lands on (its anchor),
     * the second prints those pages in the table of contents on the title page. The title page is a
     * page of its own, so the contents do not move the text: both fills paginate it alike.
     */
    JasperPrint fill(PmReport data) {
        return fill(data, standard);
    }

    JasperPrint fill(PmReport data, Layoutuppsattning layouter) {
        List<InnehallRad> innehallet = innehall(fillOnce(data, null, layouter));
        return fillOnce(data, innehallet, layouter);
    }

    /** The level-1 headings of a filled PM with their pages as the footer numbers them (title page uncounted). */
    static List<InnehallRad> innehall(JasperPrint print) {
        List<InnehallRad> rader = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            collectHeadings(pages.get(i).getElements(), i, rader);
        }
        return rader;
    }

    private static void collectHeadings(List<JRPrintElement> elements, int page, List<InnehallRad> rader) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText text && text.getAnchorName() != null && text.getBookmarkLevel() == 1) {
                rader.add(new InnehallRad(text.getFullText(), text.getAnchorName(), page));
            } else if (e instanceof JRPrintFrame frame) {
                collectHeadings(frame.getElements(), page, rader);
            }
        }
    }

    private JasperPrint fillOnce(PmReport data, List<InnehallRad> innehallet, Layoutuppsattning layouter) {
        Map<String, Object> parameters = new HashMap<>();
        if (innehallet != null && !innehallet.isEmpty()) {
            parameters.put("INNEHALL_LAYOUT", layouter.rapport(INNEHALL).orElseGet(() -> standard.rapport(INNEHALL).orElseThrow()));
            parameters.put("INNEHALL_DATA", new JRBeanCollectionDataSource(innehallet));
        }
        parameters.put(JRParameter.REPORT_LOCALE, SwedishFormat.SV_SE);
        parameters.put("TITEL", data.titel());
        parameters.put("PERIOD", SwedishFormat.halfYear(data.halvar()));
        parameters.put("PERIOD_I_TEXT", SwedishFormat.halfYear(data.halvar()).toLowerCase(SwedishFormat.SV_SE));
        // The year as text: a number would be grouped ("2 022") by the Swedish locale
        parameters.put("AR", Integer.toString(data.ar()));
        data.texter().forEach((slot, text) -> {
            if (text != null && !text.isBlank()) {
                // the layouts' narrative fields print styled text: the markup turned into it, user text escaped
                parameters.put(slot.parameter(), Markup.styled(text));
            }
        });
        for (PmTabell table : data.tabeller()) {
            String prefix = "TABELL_" + table.nummer();
            parameters.put(prefix + "_LAYOUT", layout(table, layouter));
            parameters.put(prefix + "_DATA", new JRBeanCollectionDataSource(table.rader()));
            parameters.put(prefix + "_PARAMETRAR", tableParameters(table));
        }
        // The master reads one empty record; what it prints comes from the parameters above
        JasperReport master = layouter.rapport(MASTER).orElseThrow(() -> new IllegalStateException("Layouten pm saknas."));
        return fillReport(master, parameters, new JREmptyDataSource(1));
    }

    private Map<String, Object> tableParameters(PmTabell table) {
        Map<String, Object> parameters = new HashMap<>(table.parametrar());
        parameters.put(JRParameter.REPORT_LOCALE, SwedishFormat.SV_SE);
        return parameters;
    }

    private static JasperReport layout(PmTabell table, Layoutuppsattning layouter) {
        JasperReport layout = layouter.rapport(tabellayout(table.nummer())).orElse(null);
        if (layout == null) {
            throw new IllegalStateException("Tabell " + table.nummer() + " har ingen layout (pm-tabell-"
                    + table.nummer() + ".jrxml) i PmRenderer.TABELLER.");
        }
        return layout;
    }

    /** Fills with the engine's secured context; package-private for the class filter's test. */
    JasperPrint fillReport(JasperReport report, Map<String, Object> parameters,
                           net.sf.jasperreports.engine.JRDataSource source) {
        try {
            return JasperFillManager.getInstance(context).fill(report, parameters, source);
        } catch (JRException e) {
            throw new IllegalStateException("Kunde inte fylla " + report.getName() + ": " + e.getMessage(), e);
        }
    }

    private JasperReport load(String name) {
        String resource = LAYOUTS + name + ".jasper";
        try (InputStream in = PmRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " saknas: layouterna kompileras när modulen byggs.");
            }
            // Our own build's output, read through the deserialization class filter all the same
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Kunde inte läsa " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The context every layout is compiled, read and filled in; LayoutKontroll adds its compiler to it. */
    static SimpleJasperReportsContext secureContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        context.setProperty("net.sf.jasperreports.report.class.filter.enabled", "true");
        for (String list : DEFAULT_WHITELISTS) {
            context.setProperty(WHITELIST_PREFIX + list, "");
        }
        context.setProperty(WHITELIST_PREFIX + "uppfoljning", String.join(",", EXPRESSION_CLASSES));
        // On by default since 7.0.4; stated here so that no properties file on the class path can lift it
        context.setProperty("net.sf.jasperreports.deserialization.class.filter.enabled", "true");
        // Governors: a fill stops at a page count or a time (an uploaded layout may not set these itself)
        context.setProperty("net.sf.jasperreports.governor.max.pages.enabled", "true");
        context.setProperty("net.sf.jasperreports.governor.max.pages", Integer.toString(MAX_SIDOR));
        context.setProperty("net.sf.jasperreports.governor.timeout.enabled", "true");
        context.setProperty("net.sf.jasperreports.governor.timeout", Long.toString(MAX_FYLLNADSTID_MS));
        return context;
    }

    private interface Export {
        void to(ByteArrayOutputStream out) throws JRException;
    }

    private static byte[] export(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            export.to(out);
        } catch (JRException e) {
            throw new IllegalStateException("Kunde inte exportera PM:et: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
