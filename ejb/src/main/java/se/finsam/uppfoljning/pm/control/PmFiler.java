package se.finsam.uppfoljning.pm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.reports.Layoutuppsattning;
import se.finsam.uppfoljning.reports.PmLayouter;
import se.finsam.uppfoljning.reports.PmRenderer;
import se.finsam.uppfoljning.reports.PmReport;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a PM to a file. One {@link PmRenderer} for the application: it loads the compiled layouts
 * once (about a second) and is safe to share; it is created on the first PM asked for, so a start
 * of the application does not pay for it.
 *
 * <p>The layouts come from a {@link PmLayouter} where the application has one (the layout library
 * answers with the förbund's published versions), else the build's own; the versions that rendered
 * the file go with it and are announced as a {@link PmRenderad} event.
 */
@ApplicationScoped
public class PmFiler {

    private volatile PmRenderer renderer;

    @Inject
    Instance<PmLayouter> layouter;

    @Inject
    Event<PmRenderad> renderad;

    public PmFil render(PmReport pm, String forbundKod, PmFormat format) {
        Layoutuppsattning layouter = layouter(forbundKod);
        byte[] bytes = switch (format) {
            case PDF -> renderer().pdf(pm, layouter);
            case DOCX -> renderer().docx(pm, layouter);
            case XLSX -> renderer().xlsx(pm, layouter);
        };
        renderad.fire(new PmRenderad(forbundKod, pm.ar(), pm.halvar(), format, layouter.versioner(), Instant.now()));
        return new PmFil(namn(pm, forbundKod, format), pm.dokumenttitel() + "." + format.andelse(), format, bytes,
                layouter.versioner());
    }

    /**
     * A file already rendered (a frozen PM's), named as {@link #render} names it, with the layout
     * versions it was frozen with ({@code layoutversion} as {@link #layoutVersion(String)} wrote it).
     */
    public PmFil stored(PmReport pm, String forbundKod, PmFormat format, byte[] bytes, String layoutversion) {
        Map<String, Integer> versioner = new TreeMap<>();
        int semikolon = layoutversion.indexOf(';');
        if (semikolon >= 0) {
            for (String par : layoutversion.substring(semikolon + 1).split(",")) {
                String[] delar = par.strip().split("=", 2);
                if (delar.length == 2 && delar[1].matches("\\d{1,9}")) {
                    versioner.put(delar[0], Integer.parseInt(delar[1]));
                }
            }
        }
        return new PmFil(namn(pm, forbundKod, format), pm.dokumenttitel() + "." + format.andelse(), format, bytes, versioner);
    }

    private static String namn(PmReport pm, String forbundKod, PmFormat format) {
        String ascii = ("pm-" + forbundKod + "-" + pm.ar() + "-halvar-" + pm.halvar()).replaceAll("[^A-Za-z0-9._-]", "-");
        return ascii + "." + format.andelse();
    }

    /**
     * The version of the layouts a förbund's PM is rendered with now: the build's hash and the version
     * of every layout (see {@link PmRenderer#layoutVersion(Layoutuppsattning)}); a frozen PM records it.
     */
    public String layoutVersion(String forbundKod) {
        return renderer().layoutVersion(layouter(forbundKod));
    }

    private Layoutuppsattning layouter(String forbundKod) {
        return layouter != null && layouter.isResolvable() ? layouter.get().aktuella(forbundKod) : renderer().standard();
    }

    /** The application's one renderer (the layout library previews with it too). */
    public PmRenderer renderer() {
        PmRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                r = renderer;
                if (r == null) {
                    r = new PmRenderer();
                    renderer = r;
                }
            }
        }
        return r;
    }
}
