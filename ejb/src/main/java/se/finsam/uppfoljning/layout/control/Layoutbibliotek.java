package se.finsam.uppfoljning.layout.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.sf.jasperreports.engine.JasperReport;
import se.finsam.uppfoljning.layout.LayoutFel;
import se.finsam.uppfoljning.layout.entity.PubliceradLayout;
import se.finsam.uppfoljning.layout.entity.SparadLayout;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.reports.Granskning;
import se.finsam.uppfoljning.reports.LayoutKontroll;
import se.finsam.uppfoljning.reports.Layoutuppsattning;
import se.finsam.uppfoljning.reports.PmLayouter;
import se.finsam.uppfoljning.reports.PmRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout library as the PM sees it ({@link PmLayouter}): per förbund, the published version of
 * each layout, compiled. A stored version is compiled from its source through the layout check the
 * first time it is needed and kept in memory (never stored compiled: a serialized .jasper is exactly
 * what the check refuses to read). Version 1 is the build's own, from the renderer.
 */
@ApplicationScoped
public class Layoutbibliotek implements PmLayouter {

    private static final String KALLOR = "/se/finsam/uppfoljning/reports/layouts/";

    @PersistenceContext
    EntityManager em;

    @Inject
    PmFiler filer;

    private volatile LayoutKontroll kontroll;
    private final Map<String, JasperReport> kompilerade = new ConcurrentHashMap<>();

    @Override
    public Layoutuppsattning aktuella(String forbundKod) {
        PmRenderer renderer = filer.renderer();
        Layoutuppsattning set = renderer.standard();
        for (PubliceradLayout p : em.createNamedQuery(PubliceradLayout.BY_FORBUND, PubliceradLayout.class)
                .setParameter("forbund", forbundKod).getResultList()) {
            if (p.version() > 1 && set.layouter().containsKey(p.namn())) {
                set = set.med(new se.finsam.uppfoljning.reports.Layoutversion(p.namn(), p.version(),
                        kompilerad(forbundKod, p.namn(), p.version())));
            }
        }
        return set;
    }

    /** The check, sharing the application's renderer; created on first use (the compiler warms up then). */
    public LayoutKontroll kontroll() {
        LayoutKontroll k = kontroll;
        if (k == null) {
            synchronized (this) {
                k = kontroll;
                if (k == null) {
                    k = new LayoutKontroll(filer.renderer());
                    kontroll = k;
                }
            }
        }
        return k;
    }

    /** The names of the PM's layouts, sorted. */
    public List<String> namn() {
        return kontroll().katalog().namn().stream().sorted().toList();
    }

    public void requireNamn(String namn) {
        if (!kontroll().katalog().namn().contains(namn)) {
            throw UppfoljningException.of(LayoutFel.OKAND_LAYOUT, namn);
        }
    }

    /** Version {@code version} of a layout, compiled: 1 from the build, a stored one through the check (cached). */
    public JasperReport kompilerad(String forbundKod, String namn, int version) {
        if (version == 1) {
            return filer.renderer().standard().rapport(namn).orElseThrow(() -> UppfoljningException.of(LayoutFel.OKAND_LAYOUT, namn));
        }
        return kompilerade.computeIfAbsent(forbundKod + "/" + namn + "/" + version, key -> {
            SparadLayout sparad = sparad(forbundKod, namn, version)
                    .orElseThrow(() -> UppfoljningException.of(LayoutFel.OKAND_VERSION, namn, version));
            Granskning g = kontroll().granska(namn, sparad.jrxml().getBytes(StandardCharsets.UTF_8));
            return g.rapport().orElseThrow(() -> UppfoljningException.of(LayoutFel.UNDERKAND,
                    g.fynd().isEmpty() ? "" : g.fynd().getFirst().text()));
        });
    }

    /** Keeps a layout compiled at upload, so its first preview does not compile it again. */
    public void behall(String forbundKod, String namn, int version, JasperReport rapport) {
        kompilerade.put(forbundKod + "/" + namn + "/" + version, rapport);
    }

    public Optional<SparadLayout> sparad(String forbundKod, String namn, int version) {
        return em.createNamedQuery(SparadLayout.BY_VERSION, SparadLayout.class).setParameter("forbund", forbundKod)
                .setParameter("namn", namn).setParameter("version", version).getResultStream().findFirst();
    }

    /** The source of version {@code version}: the build's file for 1, the stored upload otherwise. */
    public String jrxml(String forbundKod, String namn, int version) {
        if (version == 1) {
            try (InputStream in = Layoutbibliotek.class.getResourceAsStream(KALLOR + namn + ".jrxml")) {
                if (in == null) {
                    throw UppfoljningException.of(LayoutFel.OKAND_LAYOUT, namn);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sparad(forbundKod, namn, version).map(SparadLayout::jrxml)
                .orElseThrow(() -> UppfoljningException.of(LayoutFel.OKAND_VERSION, namn, version));
    }
}
