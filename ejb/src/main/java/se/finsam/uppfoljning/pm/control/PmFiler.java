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
        String ascii = ("pm-" + forbundKod + "-" + pm.ar() + "-halvar-" + pm.halvar()).replaceAll("[^A-Za-z0-9._-]", "-");
        return new PmFil(ascii + "." + format.andelse(), pm.dokumenttitel() + "." + format.andelse(), format, bytes);
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
