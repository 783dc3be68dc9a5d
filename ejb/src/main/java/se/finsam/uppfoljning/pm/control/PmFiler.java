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
import java.util.function.Supplier;

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

    /** 32 MB: some dozens of PMs in their three formats (a PDF of 15 insatser is about 200 kB). */
    private final Renderingsminne minne = new Renderingsminne(32L << 20, 96);

    @Inject
    Instance<PmLayouter> layouter;

    @Inject
    Event<PmRenderad> renderad;

    /**
     * The PM as a file with the förbund's layouts in force: rendered, or the same file again when this
     * content was rendered with these layouts lately ({@link Renderingsminne}). Either way it is
     * recorded as a rendering with its versions: the layout library lists which versions made the
     * files people received.
     */
    public PmFil render(PmReport pm, String forbundKod, PmFormat format) {
        Layoutuppsattning layouter = layouter(forbundKod);
        byte[] bytes = behallen(pm, layouter, format, () -> switch (format) {
            case PDF -> renderer().pdf(pm, layouter);
            case DOCX -> renderer().docx(pm, layouter);
            case XLSX -> renderer().xlsx(pm, layouter);
        });
        renderad.fire(new PmRenderad(forbundKod, pm.ar(), pm.halvar(), format, layouter.versioner(), Instant.now()));
        return new PmFil(namn(pm, forbundKod, format), pm.dokumenttitel() + "." + format.andelse(), format, bytes,
                layouter.versioner());
    }

    /**
     * The file {@code rendera} makes of {@code pm} with {@code layouter}, or the one made lately of equal
     * content with the same layout versions: also for the layout library's previews, which render
     * under the layout check's guards.
     */
    public byte[] behallen(PmReport pm, Layoutuppsattning layouter, PmFormat format, Supplier<byte[]> rendera) {
        return minne.fil(Renderingsminne.Nyckel.av(pm, renderer().layoutVersion(layouter), format), rendera);
    }

    /**
     * Another file made of the PM's figures (the development's workbook): made by {@code skapa} from
     * {@code innehall}, or the one made lately of equal content by the same {@code slag} of file.
     */
    public byte[] behallen(Object innehall, String slag, PmFormat format, Supplier<byte[]> skapa) {
        return minne.fil(Renderingsminne.Nyckel.av(innehall, slag, format), skapa);
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
