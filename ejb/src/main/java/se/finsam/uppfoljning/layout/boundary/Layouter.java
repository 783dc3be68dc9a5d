package se.finsam.uppfoljning.layout.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.layout.LayoutFel;
import se.finsam.uppfoljning.layout.control.LayoutAtkomst;
import se.finsam.uppfoljning.layout.control.Layoutbibliotek;
import se.finsam.uppfoljning.layout.entity.LayoutAnvandning;
import se.finsam.uppfoljning.layout.entity.PubliceradLayout;
import se.finsam.uppfoljning.layout.entity.SparadLayout;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.control.PmRenderad;
import se.finsam.uppfoljning.reports.Fynd;
import se.finsam.uppfoljning.reports.Granskning;
import se.finsam.uppfoljning.reports.LayoutKontroll;
import se.finsam.uppfoljning.reports.Layoutuppsattning;
import se.finsam.uppfoljning.reports.Layoutversion;
import se.finsam.uppfoljning.reports.PmExempel;
import se.finsam.uppfoljning.reports.PmKatalog;
import se.finsam.uppfoljning.reports.PmReport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The layout library's use cases: list the PM's layouts and their versions, download a source, read
 * the field catalogue and the sample data, check and upload a new version, preview any version as PDF
 * with demo data or a period's live data, publish a version or roll back to an earlier one. Every
 * action is audited (object type {@code layout}, the layout's name). Everything is per förbund.
 */
@Stateless
public class Layouter {

    static final String OBJEKT = "layout";
    private static final String BYGGET = "bygget";

    @PersistenceContext
    EntityManager em;

    @Inject
    Layoutbibliotek bibliotek;

    @Inject
    PmDokument dokument;

    @Inject
    AuditTrail audit;

    @Inject
    PmFiler filer;

    private final Clock clock = Clock.systemUTC();

    public List<LayoutView> lista(@NotNull Caller caller) {
        String forbund = LayoutAtkomst.requireLasare(caller);
        Map<String, Integer> publicerade = publicerade(forbund);
        List<LayoutView> lista = new ArrayList<>();
        for (PmKatalog.Layoutkatalog k : bibliotek.kontroll().katalog().layouter()) {
            lista.add(new LayoutView(k.namn(), k.beskrivning(), publicerade.getOrDefault(k.namn(), 1), senaste(forbund, k.namn())));
        }
        return lista;
    }

    public List<LayoutVersionView> versioner(@NotNull Caller caller, String namn) {
        String forbund = LayoutAtkomst.requireLasare(caller);
        bibliotek.requireNamn(namn);
        int aktuell = publicerade(forbund).getOrDefault(namn, 1);
        List<LayoutVersionView> lista = new ArrayList<>();
        lista.add(new LayoutVersionView(namn, 1, "PUBLICERAD", aktuell == 1, "Byggets egen layout", BYGGET, null, BYGGET, null));
        for (SparadLayout s : em.createNamedQuery(SparadLayout.BY_NAMN, SparadLayout.class)
                .setParameter("forbund", forbund).setParameter("namn", namn).getResultList()) {
            lista.add(view(s, aktuell));
        }
        return lista;
    }

    /** The source of a version, or of the published one when {@code version} is empty. */
    public String jrxml(@NotNull Caller caller, String namn, Optional<Integer> version) {
        String forbund = LayoutAtkomst.requireLasare(caller);
        bibliotek.requireNamn(namn);
        int v = version.orElseGet(() -> publicerade(forbund).getOrDefault(namn, 1));
        String text = bibliotek.jrxml(forbund, namn, v);
        audit.record(caller, forbund, OBJEKT, namn, "hamtad", null, "version " + v);
        return text;
    }

    public List<PmKatalog.Layoutkatalog> katalog(@NotNull Caller caller) {
        LayoutAtkomst.requireLasare(caller);
        return bibliotek.kontroll().katalog().layouter();
    }

    public Map<String, Object> exempeldata(@NotNull Caller caller, String namn) {
        LayoutAtkomst.requireLasare(caller);
        bibliotek.requireNamn(namn);
        return PmExempel.exempeldata(namn).orElseGet(() -> {
            Map<String, Object> tom = new LinkedHashMap<>();
            tom.put("layout", namn);
            tom.put("rader", List.of());
            return tom;
        });
    }

    /** Checks a source without storing it: the editor's "Granska". */
    public GranskningView granska(@NotNull Caller caller, String namn, byte[] jrxml) {
        String forbund = LayoutAtkomst.requireDesigner(caller);
        bibliotek.requireNamn(namn);
        Granskning g = bibliotek.kontroll().granska(namn, jrxml);
        audit.record(caller, forbund, OBJEKT, namn, "granskad", null, g.godkand() ? "godkänd" : "underkänd: " + g.fynd().size() + " fynd");
        return view(g);
    }

    /** Stores a source that passes the check as the layout's next version, a draft. */
    public LayoutVersionView laddaUpp(@NotNull Caller caller, String namn, byte[] jrxml, String kommentar) {
        String forbund = LayoutAtkomst.requireDesigner(caller);
        bibliotek.requireNamn(namn);
        Granskning g = bibliotek.kontroll().granska(namn, jrxml);
        if (!g.godkand()) {
            List<FieldError> falt = g.fynd().stream()
                    .map(f -> new FieldError(f.rad() > 0 ? "rad " + f.rad() : "jrxml", f.meddelande())).toList();
            throw UppfoljningException.detailed(LayoutFel.UNDERKAND, LayoutFel.UNDERKAND.message(g.fynd().getFirst().text()), falt);
        }
        int version = senaste(forbund, namn) + 1;
        SparadLayout sparad = new SparadLayout(forbund, namn, version, new String(jrxml, StandardCharsets.UTF_8),
                kommentar == null || kommentar.isBlank() ? null : kommentar.strip(), caller.username(), Instant.now(clock));
        em.persist(sparad);
        em.flush();
        bibliotek.behall(forbund, namn, version, g.rapport().orElseThrow());
        audit.record(caller, forbund, OBJEKT, namn, "version", null, Integer.toString(version));
        return view(sparad, publicerade(forbund).getOrDefault(namn, 1));
    }

    /**
     * A version as PDF: the whole PM, with this version in place of the layout and the förbund's
     * published versions of the others; with the sample PM, or (when {@code h} is given) a half-year's
     * live data of the förbund.
     */
    public byte[] forhandsgranska(@NotNull Caller caller, String namn, int version, Halvar h) {
        String forbund = LayoutAtkomst.requireLasare(caller);
        bibliotek.requireNamn(namn);
        PmReport data = h == null ? PmExempel.pm() : dokument.forhandsgranskning(caller, h);
        Layoutversion layout = new Layoutversion(namn, version, bibliotek.kompilerad(forbund, namn, version));
        byte[] pdf;
        try {
            Layoutuppsattning uppsattning = bibliotek.aktuella(forbund).med(layout);
            // a saved version never changes: the same data with the same versions is the same preview
            pdf = filer.behallen(data, uppsattning, PmFormat.PDF, () -> bibliotek.kontroll().forhandsgranska(data, uppsattning));
        } catch (LayoutKontroll.Stopp s) {
            throw UppfoljningException.of(LayoutFel.FORHANDSGRANSKNING_STOPPAD, s.fynd().getFirst().text());
        }
        audit.record(caller, forbund, OBJEKT, namn, "forhandsgranskad", null,
                "version " + version + (h == null ? ", exempeldata" : ", " + h));
        return pdf;
    }

    /**
     * Renders the förbund's PMs with {@code version} from now on: publishing a draft, or rolling back
     * to an earlier version, in one action.
     *
     * @param forvantad the version the designer saw as published; another one now is a stale publish (409)
     */
    public LayoutVersionView publicera(@NotNull Caller caller, String namn, int version, Integer forvantad) {
        String forbund = LayoutAtkomst.requireDesigner(caller);
        bibliotek.requireNamn(namn);
        Optional<SparadLayout> sparad = version == 1 ? Optional.empty() : bibliotek.sparad(forbund, namn, version);
        if (version != 1 && sparad.isEmpty()) {
            throw UppfoljningException.of(LayoutFel.OKAND_VERSION, namn, version);
        }
        PubliceradLayout pekare = em.createNamedQuery(PubliceradLayout.BY_FORBUND, PubliceradLayout.class)
                .setParameter("forbund", forbund).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(p -> p.namn().equals(namn)).findFirst().orElse(null);
        int fore = pekare == null ? 1 : pekare.version();
        if (forvantad != null && forvantad != fore) {
            throw UppfoljningException.of(LayoutFel.INAKTUELL_PUBLICERING, namn, fore);
        }
        if (fore == version) {
            throw UppfoljningException.of(LayoutFel.REDAN_PUBLICERAD, namn, version);
        }
        bibliotek.kompilerad(forbund, namn, version);
        Instant nu = Instant.now(clock);
        if (pekare == null) {
            pekare = new PubliceradLayout(forbund, namn);
            pekare.publish(version, caller.username(), nu);
            em.persist(pekare);
        } else {
            pekare.publish(version, caller.username(), nu);
        }
        sparad.ifPresent(s -> s.published(caller.username(), nu));
        audit.record(caller, forbund, OBJEKT, namn, version < fore ? "aterstalld" : "publicerad",
                Integer.toString(fore), Integer.toString(version));
        return sparad.map(s -> view(s, version))
                .orElseGet(() -> new LayoutVersionView(namn, 1, "PUBLICERAD", true, "Byggets egen layout", BYGGET, null, BYGGET, null));
    }

    /** Which layout versions rendered the förbund's PMs of a half-year, newest first. */
    public List<AnvandningView> anvandning(@NotNull Caller caller, Halvar h) {
        String forbund = LayoutAtkomst.requireLasare(caller);
        return em.createNamedQuery(LayoutAnvandning.BY_PM, LayoutAnvandning.class).setParameter("forbund", forbund)
                .setParameter("ar", h.ar()).setParameter("halvar", h.halvar()).setMaxResults(200).getResultList().stream()
                .map(a -> new AnvandningView(a.ar(), a.halvar(), a.format(), versioner(a.versioner()), a.renderadAt())).toList();
    }

    /** Records every rendered PM with the layout versions that rendered it (the PM's event). */
    public void registrera(@Observes PmRenderad renderad) {
        String text = renderad.layoutversioner().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        em.persist(new LayoutAnvandning(renderad.forbundKod(), renderad.ar(), renderad.halvar(), renderad.format().name(),
                text, renderad.nar()));
    }

    private static Map<String, Integer> versioner(String text) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Arrays.stream(text.split(",\\s*")).filter(s -> s.contains("=")).forEach(s -> {
            String[] delar = s.split("=", 2);
            m.put(delar[0], Integer.parseInt(delar[1]));
        });
        return m;
    }

    private Map<String, Integer> publicerade(String forbund) {
        return em.createNamedQuery(PubliceradLayout.BY_FORBUND, PubliceradLayout.class).setParameter("forbund", forbund)
                .getResultStream().collect(Collectors.toMap(PubliceradLayout::namn, PubliceradLayout::version));
    }

    private int senaste(String forbund, String namn) {
        Integer max = em.createNamedQuery(SparadLayout.SENASTE, Integer.class).setParameter("forbund", forbund)
                .setParameter("namn", namn).getSingleResult();
        return max == null ? 1 : max;
    }

    private static LayoutVersionView view(SparadLayout s, int aktuell) {
        return new LayoutVersionView(s.namn(), s.version(), s.publiceradAt().isPresent() ? "PUBLICERAD" : "UTKAST",
                s.version() == aktuell, s.kommentar().orElse(null), s.skapadAv(), s.skapadAt(),
                s.publiceradAv().orElse(null), s.publiceradAt().orElse(null));
    }

    private static GranskningView view(Granskning g) {
        return new GranskningView(g.namn(), g.godkand(), g.fynd().stream()
                .map((Fynd f) -> new GranskningView.FyndView(f.typ().name(), f.rad(), f.meddelande())).toList());
    }
}
