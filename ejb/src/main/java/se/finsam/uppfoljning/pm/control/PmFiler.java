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
        String ascii = ("pm-" + forbundKod + "-" + pm.ar() + "-halvar-" + pm.halvar()).replaceAll("[^A-Za-z0-9._-]", "-");
        return new PmFil(ascii + "." + format.andelse(), pm.dokumenttitel() + "." + format.andelse(), format, bytes,
                layouter.versioner());
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
