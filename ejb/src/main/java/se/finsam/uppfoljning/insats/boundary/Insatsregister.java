package se.finsam.uppfoljning.insats.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsStatus;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.insats.entity.Mal;
import se.finsam.uppfoljning.insats.entity.StyrgruppLedamot;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.partner.control.PartnerLookup;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.AuditEntry;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The register of insatser, as far as the caller may see it. */
@Stateless
public class Insatsregister {

    public static final String OBJECT_TYPE = "Insats";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Kalender kalender;

    @Inject
    InsatsLookup lookup;

    @Inject
    PartnerLookup partners;

    public List<InsatsView> insatser(@NotNull Caller caller) {
        Atkomst.requireInsatsRole(caller);
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class)
                .setParameter("forbund", Atkomst.forbund(caller))
                .getResultStream().filter(i -> Atkomst.canSeeRegister(caller, i))
                .map(i -> InsatsView.of(i, kalender.idag())).toList();
    }

    public InsatsView insats(@NotNull Caller caller, InsatsId id) {
        Atkomst.requireInsatsRole(caller);
        Insats insats = visible(caller, id.varde());
        return InsatsView.of(insats, kalender.idag());
    }

    public List<AuditView> historik(@NotNull Caller caller, InsatsId id) {
        Atkomst.requireHistoryReader(caller);
        visible(caller, id.varde());
        return em.createQuery("select a from AuditEntry a where (a.objectType = :insats and a.objectId = :id) "
                        + "or (a.objectType = 'Kvartalsrapport' and a.objectId in "
                        + "(select cast(r.id as varchar(60)) from Kvartalsrapport r where r.insats.id = :insatsId)) "
                        + "order by a.at, a.id", AuditEntry.class)
                .setParameter("insats", OBJECT_TYPE).setParameter("id", String.valueOf(id)).setParameter("insatsId", id.varde())
                .getResultStream().map(AuditView::of).toList();
    }

    /**
     * Reads in the insatser of a data package (checked whole by the package beforehand: every
     * partner named is the förbund's): a new code is registered, a known one rewritten from the post.
     * One audit row per insats. Returns every insats of the förbund by code, the package's included,
     * for the other components' parts of the package.
     */
    public Map<String, InsatsId> lasIn(@NotNull Caller caller, @NotNull ForbundKod forbundKod, List<Insatspost> poster,
                                       @NotNull Halvar period) {
        Forbund forbund = partners.forbund(forbundKod).orElseThrow();
        Map<String, Partner> parter = partners.partners(forbundKod);
        Map<String, Insats> insatser = allaAv(forbundKod);
        for (Insatspost in : poster) {
            insatser.put(in.kod(), lasIn(caller, forbund, parter, insatser.get(in.kod()), in, period));
        }
        Map<String, InsatsId> ids = new HashMap<>();
        insatser.forEach((kod, i) -> ids.put(kod, new InsatsId(i.id())));
        return ids;
    }

    /** The goal numbers of the förbund's registered insatser by code: what a package may report on. */
    public Map<String, Set<Integer>> malnummer(@NotNull ForbundKod forbund) {
        Map<String, Set<Integer>> mal = new HashMap<>();
        allaAv(forbund).forEach((kod, i) -> mal.put(kod, i.mal().stream().map(Mal::nummer).collect(Collectors.toSet())));
        return mal;
    }

    /** The förbund's registered insatser by code. */
    public Map<String, InsatsId> ids(@NotNull ForbundKod forbund) {
        Map<String, InsatsId> ids = new HashMap<>();
        allaAv(forbund).forEach((kod, i) -> ids.put(kod, new InsatsId(i.id())));
        return ids;
    }

    /** Every insats of the förbund as a package's post, by code, with the short name in force on {@code per}. */
    public Map<String, Insatspost> poster(@NotNull ForbundKod forbund, @NotNull LocalDate per) {
        Map<String, Insatspost> poster = new HashMap<>();
        allaAv(forbund).forEach((kod, i) -> poster.put(kod, post(i, per)));
        return poster;
    }

    public boolean harInsatser(@NotNull ForbundKod forbund) {
        return !em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The förbund's insatser running in the period as a package's posts, in the register's order, by
     * id, each with the short name in force at the period's end.
     */
    public Map<InsatsId, Insatspost> exportera(@NotNull ForbundKod forbund, LocalDate fran, LocalDate till) {
        Map<InsatsId, Insatspost> poster = new LinkedHashMap<>();
        // an export only reads: shared-cache objects, whose collections stay read once read
        lookup.allaAvForReading(forbund).stream()
                .filter(i -> i.runsDuring(fran, till)).forEach(i -> poster.put(new InsatsId(i.id()), post(i, till)));
        return poster;
    }

    private Map<String, Insats> allaAv(ForbundKod forbund) {
        Map<String, Insats> insatser = new HashMap<>();
        em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde())
                .getResultStream().forEach(i -> insatser.put(i.kod(), i));
        return insatser;
    }

    private Insats lasIn(Caller caller, Forbund forbund, Map<String, Partner> partners, Insats existing, Insatspost in,
                         Halvar period) {
        Insats insats = existing != null ? existing : new Insats(forbund, in.kod(), partners.get(in.agare()));
        insats.transferTo(partners.get(in.agare()));
        insats.describe(in.namn(), InsatsTyp.valueOf(in.typ()), in.start(), in.slut(), in.malgrupp(),
                in.sortering() == null ? 0 : in.sortering());
        // the package's short name is the one of its half-year: a later rename stays as it is
        insats.rename(in.kortnamn(), period.forstaDag());
        insats.cooperateWith(orEmpty(in.samverkansparter()).stream().map(partners::get).collect(Collectors.toSet()));
        orEmpty(in.forlangningar()).forEach(f -> insats.grantExtension(f.slut(), f.beslutsdatum(), f.beslutAv()));
        if (InsatsStatus.valueOf(in.status()) == InsatsStatus.AVSLUTAD) {
            insats.close();
        } else {
            insats.reopen();
        }
        orEmpty(in.mal()).forEach(m -> insats.defineGoal(m.nummer(), m.beskrivning(), m.malvarde()));
        insats.seatSteeringGroup(orEmpty(in.styrgrupp()).stream()
                .map(l -> new StyrgruppLedamot(l.namn(), l.organisation())).collect(Collectors.toSet()));
        insats.assign(orEmpty(in.tilldelningar()).stream()
                .map(t -> new Tilldelning(t.anvandare(), t.roll())).collect(Collectors.toSet()));
        if (existing == null) {
            em.persist(insats);
            em.flush();
            audit.record(caller, forbund.kod(), OBJECT_TYPE, insats.id(), "import", null, "registrerad: " + in.namn());
        } else {
            audit.record(caller, forbund.kod(), OBJECT_TYPE, insats.id(), "import", null, "uppdaterad från datapaket");
        }
        return insats;
    }

    private static Insatspost post(Insats i, LocalDate per) {
        return new Insatspost(i.kod(), i.namn(), i.kortnamnPer(per), i.typ().name(), i.agare().organisation(),
                i.samverkansparter().stream().map(Partner::organisation).sorted().toList(), i.start(), i.ursprungligtSlut(),
                i.forlangningar().stream().map(f -> new Insatspost.Forlangning(f.slut(), f.beslutsdatum(), f.beslutAv())).toList(),
                i.status().name(), i.malgrupp(),
                i.mal().stream().map(m -> new Insatspost.Mal(m.nummer(), m.beskrivning(), m.malvarde())).toList(),
                i.styrgrupp().stream().map(l -> new Insatspost.Ledamot(l.namn(), l.organisation())).toList(),
                i.tilldelningar().stream().map(t -> new Insatspost.Tilldelning(t.anvandare(), t.roll()))
                        .sorted(Comparator.comparing(Insatspost.Tilldelning::anvandare)).toList(),
                i.sortering());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Insats visible(Caller caller, long id) {
        return lookup.find(caller, id, Atkomst::canSeeRegister);
    }
}
