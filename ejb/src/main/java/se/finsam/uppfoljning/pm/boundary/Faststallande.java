package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.control.Andringar;
import se.finsam.uppfoljning.pm.control.FaststalldaPm;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.Offentliggorande;
import se.finsam.uppfoljning.pm.control.PmUtgava;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.control.PmJson;
import se.finsam.uppfoljning.pm.entity.FaststalldFil;
import se.finsam.uppfoljning.pm.entity.FaststalltPm;
import se.finsam.uppfoljning.reports.PmReport;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Freezing (fastställa) a PM: the data snapshot, the layouts' version and the rendered files are
 * stored once; afterwards everyone reads the frozen PM, and the office can see what in today's data
 * differs from what was frozen.
 */
@Stateless
public class Faststallande {

    /** The parts of a PM's snapshot as the changes view names them. */
    private static final Map<String, String> DELAR = Map.of(
            "texter", "Texter",
            "tabell1", "Tabell 1 Insatser",
            "tabell2", "Tabell 2 Nuläge mål",
            "tabell3", "Tabell 3 Förutsättningar för utfall",
            "tabell4", "Tabell 4 Prognos och utfall budget",
            "tabell5", "Tabell 5 Kvalitetssäkring",
            "forbund", "Förbundets namn");

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerRegister partner;

    @Inject
    PmDokument dokument;

    @Inject
    FaststalldaPm faststallda;

    @Inject
    PmFiler filer;

    @Inject
    Offentliggorande offentliggorande;

    @Inject
    AuditTrail audit;

    public PmStatus status(@NotNull Caller caller, Halvar h) {
        Optional<FaststalltPm> frozen = faststallda.av(Atkomst.forbund(caller), h);
        if (frozen.isEmpty()) {
            PmAtkomst.requireDocumentReader(caller, h);
            return new PmStatus(h.ar(), h.halvar(), false, null, null, null, false);
        }
        PmAtkomst.requireFrozenReader(caller);
        return status(frozen.get(), Atkomst.forbund(caller));
    }

    /** Freezes the PM as today's data makes it; a PM is frozen once (409 PM-008 after that). */
    public PmStatus faststall(@NotNull Caller caller, Halvar h) {
        PmAtkomst.requireDraftReader(caller);
        String forbundKod = Atkomst.forbund(caller);
        if (faststallda.av(forbundKod, h).isPresent()) {
            throw UppfoljningException.of(PmFel.REDAN_FASTSTALLT, PmAtkomst.namn(h));
        }
        PmUnderlag underlag = dokument.underlag(caller, h);
        Map<PmUtgava, PmReport> utgavor = Map.of(PmUtgava.INTERN, PmDokument.rapport(underlag),
                PmUtgava.OFFENTLIG, PmDokument.rapport(underlag, offentliggorande.skydd()));
        long forbundId = partner.forbund(new ForbundKod(forbundKod)).orElseThrow().id();
        FaststalltPm pm = new FaststalltPm(forbundId, h.ar(), h.halvar(), PmJson.write(underlag), filer.layoutVersion(forbundKod),
                caller.username(), Clock.systemUTC().instant());
        try {
            em.persist(pm);
            for (PmFormat format : PmFormat.values()) {
                utgavor.forEach((utgava, report) -> em.persist(new FaststalldFil(pm, format.name(), utgava.name(),
                        filer.render(report, forbundKod, format).innehall())));
            }
            em.flush();
        } catch (PersistenceException twoAtOnce) {
            // another freeze of the same PM won the unique key
            throw UppfoljningException.of(PmFel.REDAN_FASTSTALLT, PmAtkomst.namn(h));
        }
        audit.record(caller, forbundKod, "FaststalltPm", pm.id(), "faststallt", null, pm.layoutversion());
        return status(pm, forbundKod);
    }

    /** Field by field, what today's data would print differently from the frozen PM. */
    public PmAndringar andringar(@NotNull Caller caller, Halvar h) {
        PmAtkomst.requireDraftReader(caller);
        FaststalltPm pm = faststallda.av(Atkomst.forbund(caller), h).orElseThrow(() -> PmAtkomst.ingetFaststallt(h));
        PmUnderlag nu = dokument.underlag(caller, h);
        // both sides through the same JSON-B writing, so that only the data can differ
        List<Andringar.Andring> diff = Andringar.mellan(PmJson.tree(PmJson.write(PmDokument.snapshot(pm))),
                PmJson.tree(PmJson.write(nu)));
        return new PmAndringar(h.ar(), h.halvar(), pm.faststalltAt(), diff.stream().map(a -> new PmAndringar.Andring(a.del(),
                DELAR.getOrDefault(a.del(), a.del()), a.rad(), a.falt(), a.fore(), a.efter())).toList());
    }

    /** The frozen PM; {@code layoutenAndrad} when the förbund's layouts (build or published versions) changed since. */
    private PmStatus status(FaststalltPm pm, String forbundKod) {
        return new PmStatus(pm.ar(), pm.halvar(), true, pm.faststalltAv(), pm.faststalltAt(), pm.layoutversion(),
                !pm.layoutversion().equals(filer.layoutVersion(forbundKod)));
    }
}
