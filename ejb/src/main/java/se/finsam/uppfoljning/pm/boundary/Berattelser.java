package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.control.FaststalldaPm;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmTexter;
import se.finsam.uppfoljning.pm.entity.Avsnitt;
import se.finsam.uppfoljning.pm.entity.PmBerattelse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PM's narrative, written by the office per förbund and half-year: read every section (with the
 * previous PM's text as a starting point where this one has none), and save one section at a time
 * against the version the writer read.
 */
@Stateless
public class Berattelser {

    private static final String OBJEKTTYP = "PmBerattelse";

    /** A tag, comment or doctype: what would be HTML if anything ever read the text as HTML. */
    private static final Pattern HTML = Pattern.compile("<\\s*[/!?]?[a-zA-Z]");

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerRegister partner;

    @Inject
    PmTexter texter;

    @Inject
    AuditTrail audit;

    @Inject
    FaststalldaPm faststallda;

    public List<PmTextView> texter(@NotNull Caller caller, Halvar h) {
        PmAtkomst.requireDraftReader(caller);
        String forbund = Atkomst.forbund(caller);
        Map<Avsnitt, PmBerattelse> egna = texter.av(forbund, h);
        Map<Avsnitt, PmBerattelse> forra = foregaende(forbund, h);
        List<PmTextView> views = new ArrayList<>();
        for (Avsnitt a : Avsnitt.values()) {
            PmBerattelse t = egna.get(a);
            String forslag = t == null && forra.containsKey(a) ? forra.get(a).text() : null;
            views.add(view(a, t, forslag));
        }
        return views;
    }

    public PmTextView spara(@NotNull Caller caller, Halvar h, String avsnitt, @NotNull @Valid PmTextInput input) {
        PmAtkomst.requireDraftReader(caller);
        Avsnitt a = avsnitt(avsnitt);
        if (HTML.matcher(input.text()).find()) {
            throw UppfoljningException.withFields(PmFel.HTML_I_TEXT, List.of(new FieldError("text",
                    PmFel.HTML_I_TEXT.template())));
        }
        String forbundKod = Atkomst.forbund(caller);
        if (faststallda.av(forbundKod, h).isPresent()) {
            throw UppfoljningException.of(PmFel.FASTSTALLT_TEXT, PmAtkomst.namn(h));
        }
        PmBerattelse t = texter.av(forbundKod, h).get(a);
        if (t == null ? input.version() != 0L : input.version() != t.version()) {
            throw UppfoljningException.withFields(PmFel.INAKTUELL_TEXT, t == null ? List.of()
                    : audit.changedSince(OBJEKTTYP, t.id(), input.version()), a.rubrik());
        }
        // browsers send a textarea's line breaks as CRLF; one form is stored so texts compare equal
        String text = input.text().replace("\r\n", "\n").replace('\r', '\n');
        String before = t == null ? null : t.text();
        if (t == null) {
            t = new PmBerattelse(partner.forbund(new ForbundKod(forbundKod)).orElseThrow().id(), h.ar(), h.halvar(), a);
            t.rewrite(text, caller.username(), Clock.systemUTC().instant());
            em.persist(t);
        } else {
            t.rewrite(text, caller.username(), Clock.systemUTC().instant());
        }
        em.flush();
        audit.record(caller, forbundKod, OBJEKTTYP, t.id(), t.version(), a.name(), before, text);
        return view(a, t, null);
    }

    private Map<Avsnitt, PmBerattelse> foregaende(String forbund, Halvar h) {
        try {
            return texter.av(forbund, PmTexter.foregaende(h));
        } catch (IllegalArgumentException outsideTheYearsWeKeep) {
            return Map.of();
        }
    }

    private static Avsnitt avsnitt(String namn) {
        try {
            return Avsnitt.valueOf(namn);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UppfoljningException.withFields(PmFel.OKANT_AVSNITT, List.of(new FieldError("avsnitt",
                    "Avsnitt är ett av " + java.util.Arrays.toString(Avsnitt.values()) + ".")), namn);
        }
    }

    private static PmTextView view(Avsnitt a, PmBerattelse t, String forslag) {
        return t == null
                ? new PmTextView(a.name(), a.rubrik(), a.plats(), null, 0L, null, null, forslag)
                : new PmTextView(a.name(), a.rubrik(), a.plats(), t.text(), t.version(), t.andradAv(), t.andradAt(), null);
    }
}
