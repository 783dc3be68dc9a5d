package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The PM's data source catalogue: per layout, every field its rows offer, every parameter the
 * engine passes, and (for the master) which parameter carries which table's subreport data. What the
 * PM offers is what the build's own layouts declare — they are written together with the report
 * DTOs ({@link PmReport}, {@link PmTabell}) — so a table that joins the PM joins the catalogue with
 * its layout. Descriptions come from {@code katalog.properties}.
 *
 * <p>An uploaded layout may use only what is here ({@link LayoutKontroll}); a designer reads it to
 * know what there is.
 */
public final class PmKatalog {

    /** A field or parameter: name, Java type and what it holds. */
    public record Post(String namn, String typ, String beskrivning) implements java.io.Serializable {
    }

    /** A subreport's data: the master's parameter holding it and the layout that prints it. */
    public record Underrapport(String parameter, String layout, String beskrivning) implements java.io.Serializable {
    }

    /** What one layout may use. */
    public record Layoutkatalog(String namn, String beskrivning, List<Post> falt, List<Post> parametrar,
                                List<Underrapport> underrapporter) implements java.io.Serializable {

        public Optional<Post> falt(String namn) {
            return falt.stream().filter(p -> p.namn().equals(namn)).findFirst();
        }

        public Optional<Post> parameter(String namn) {
            return parametrar.stream().filter(p -> p.namn().equals(namn)).findFirst();
        }
    }

    /** The engine's own parameters, always there (REPORT_LOCALE, REPORT_PARAMETERS_MAP, …). */
    public static final Set<String> INBYGGDA_PARAMETRAR = Set.of(
            JRParameter.REPORT_PARAMETERS_MAP, JRParameter.REPORT_CONTEXT, JRParameter.REPOSITORY_CONTEXT,
            JRParameter.REPORT_DATA_SOURCE, JRParameter.REPORT_MAX_COUNT, JRParameter.REPORT_LOCALE,
            JRParameter.REPORT_TIME_ZONE, JRParameter.REPORT_FORMAT_FACTORY, JRParameter.IS_IGNORE_PAGINATION,
            JRParameter.REPORT_TEMPLATES, JRParameter.SORT_FIELDS, JRParameter.FILTER, JRParameter.REPORT_VIRTUALIZER,
            JRParameter.REPORT_SCRIPTLET, JRParameter.REPORT_CONNECTION, JRParameter.REPORT_RESOURCE_BUNDLE,
            JRParameter.REPORT_CLASS_LOADER, "REPORT_URL_HANDLER_FACTORY", "REPORT_FILE_RESOLVER",
            "JASPER_REPORTS_CONTEXT", "JASPER_REPORT");

    /** The built-in parameters a layout may read; the rest (connection, class loader, …) are refused. */
    public static final Set<String> TILLATNA_INBYGGDA = Set.of(JRParameter.REPORT_LOCALE, JRParameter.REPORT_TIME_ZONE,
            JRParameter.IS_IGNORE_PAGINATION, JRParameter.REPORT_PARAMETERS_MAP);

    private static final Pattern NUMMER = Pattern.compile("^(.*?)(\\d+)(.*)$");

    private final Map<String, Layoutkatalog> layouter;

    public PmKatalog(Layoutuppsattning standard) {
        Properties texter = texter();
        Map<String, Layoutkatalog> m = new TreeMap<>();
        standard.layouter().forEach((namn, layout) -> m.put(namn, katalog(namn, layout.rapport(), texter)));
        layouter = Map.copyOf(m);
    }

    public List<Layoutkatalog> layouter() {
        return List.copyOf(new TreeMap<>(layouter).values());
    }

    public Optional<Layoutkatalog> av(String namn) {
        return Optional.ofNullable(layouter.get(namn));
    }

    public Set<String> namn() {
        return layouter.keySet();
    }

    private static Layoutkatalog katalog(String namn, JasperReport rapport, Properties texter) {
        List<Post> falt = new ArrayList<>();
        for (JRField f : Optional.ofNullable(rapport.getFields()).orElse(new JRField[0])) {
            falt.add(new Post(f.getName(), f.getValueClassName(), text(texter, namn, "field", f.getName())));
        }
        List<Post> parametrar = new ArrayList<>();
        List<Underrapport> underrapporter = new ArrayList<>();
        for (JRParameter p : rapport.getParameters()) {
            if (p.isSystemDefined()) {
                continue;
            }
            parametrar.add(new Post(p.getName(), p.getValueClassName(), text(texter, namn, "parameter", p.getName())));
            Matcher data = Pattern.compile("TABELL_(\\d+)_DATA").matcher(p.getName());
            if (data.matches()) {
                underrapporter.add(new Underrapport(p.getName(), PmRenderer.tabellayout(Integer.parseInt(data.group(1))),
                        text(texter, namn, "parameter", p.getName())));
            } else if ("INNEHALL_DATA".equals(p.getName())) {
                underrapporter.add(new Underrapport(p.getName(), PmRenderer.INNEHALL, text(texter, namn, "parameter", p.getName())));
            }
        }
        String beskrivning = Optional.ofNullable(texter.getProperty("layout." + namn))
                .orElseGet(() -> mall(texter, "layout.", namn));
        return new Layoutkatalog(namn, beskrivning, List.copyOf(falt), List.copyOf(parametrar), List.copyOf(underrapporter));
    }

    private static String text(Properties texter, String layout, String slag, String namn) {
        for (String prefix : List.of(layout + "." + slag + ".", "*." + slag + ".")) {
            String exakt = texter.getProperty(prefix + namn);
            if (exakt != null) {
                return exakt;
            }
            String m = mall(texter, prefix, namn);
            if (!m.isEmpty()) {
                return m;
            }
        }
        return "";
    }

    /** A key with {@code #} for the name's number: {@code svar#} for svar3, {@code pm-tabell-#} for pm-tabell-5. */
    private static String mall(Properties texter, String prefix, String namn) {
        Matcher m = NUMMER.matcher(namn);
        if (!m.matches()) {
            return "";
        }
        String text = texter.getProperty(prefix + m.group(1) + "#" + m.group(3));
        return text == null ? "" : text.replace("#", m.group(2));
    }

    private static Properties texter() {
        Properties p = new Properties();
        try (InputStream in = PmKatalog.class.getResourceAsStream("katalog.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** For messages: the names, comma-separated. */
    static String lista(List<Post> poster) {
        return poster.stream().map(Post::namn).collect(Collectors.joining(", "));
    }
}
