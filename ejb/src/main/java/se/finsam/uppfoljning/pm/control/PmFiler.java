package se.finsam.uppfoljning.pm.control;

import jakarta.enterprise.context.ApplicationScoped;
import se.finsam.uppfoljning.reports.PmRenderer;
import se.finsam.uppfoljning.reports.PmReport;

/**
 * Renders a PM to a file. One {@link PmRenderer} for the application: it loads the compiled layouts
 * once (about a second) and is safe to share; it is created on the first PM asked for, so a start
 * of the application does not pay for it.
 */
@ApplicationScoped
public class PmFiler {

    private volatile PmRenderer renderer;

    public PmFil render(PmReport pm, String forbundKod, PmFormat format) {
        byte[] bytes = switch (format) {
            case PDF -> renderer().pdf(pm);
            case DOCX -> renderer().docx(pm);
            case XLSX -> renderer().xlsx(pm);
        };
        return stored(pm, forbundKod, format, bytes);
    }

    /** A file already rendered (a frozen PM's), named as {@link #render} names it. */
    public PmFil stored(PmReport pm, String forbundKod, PmFormat format, byte[] bytes) {
        String ascii = ("pm-" + forbundKod + "-" + pm.ar() + "-halvar-" + pm.halvar()).replaceAll("[^A-Za-z0-9._-]", "-");
        return new PmFil(ascii + "." + format.andelse(), pm.dokumenttitel() + "." + format.andelse(), format, bytes);
    }

    /** The version of the layouts the PM is rendered with now (see {@link PmRenderer#layoutVersion()}). */
    public String layoutVersion() {
        return renderer().layoutVersion();
    }

    private PmRenderer renderer() {
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
