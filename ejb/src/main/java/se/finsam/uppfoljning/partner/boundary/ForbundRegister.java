package se.finsam.uppfoljning.partner.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.partner.PartnerFel;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.util.List;

/**
 * The register of förbund (the tenants): only the system administrator lists them and creates a new
 * one, which begins with one partner, its office. The office's organisation in Keycloak is made by
 * behorighet, which calls this first so that a refusal there takes the rows back.
 */
@Stateless
public class ForbundRegister {

    static final String OBJECT_TYPE = "Forbund";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<ForbundView> forbund(@NotNull Caller caller) {
        requireSystemadmin(caller);
        return em.createNamedQuery(Forbund.ALL, Forbund.class).getResultStream().map(this::view).toList();
    }

    public ForbundView forbund(@NotNull Caller caller, @NotNull ForbundKod kod) {
        requireSystemadmin(caller);
        return view(find(em, kod));
    }

    public ForbundView skapa(@NotNull Caller caller, @NotNull @Valid NyttForbund nytt) {
        requireSystemadmin(caller);
        ForbundKod kod = new ForbundKod(nytt.kod());
        if (!em.createNamedQuery(Forbund.BY_KOD, Forbund.class).setParameter("kod", kod.varde()).getResultList().isEmpty()) {
            throw UppfoljningException.withFields(PartnerFel.FORBUND_FINNS_REDAN,
                    List.of(new UppfoljningException.FieldError("kod", "Koden används redan.")), kod.varde());
        }
        Forbund forbund = new Forbund(kod.varde(), nytt.namn().strip());
        em.persist(forbund);
        Partner kansli = new Partner(forbund, nytt.kansli(), "Kansliet, " + forbund.namn(), PartnerTyp.KANSLI);
        em.persist(kansli);
        em.flush();
        audit.record(caller, kod.varde(), OBJECT_TYPE, kod.varde(), "namn", null, forbund.namn());
        audit.record(caller, kod.varde(), OBJECT_TYPE, kod.varde(), "kansli", null, kansli.organisation());
        return view(forbund);
    }

    /** The alias of the förbund's office organisation: the partner of type KANSLI. */
    public String kansli(@NotNull ForbundKod kod) {
        return em.createNamedQuery(Partner.BY_FORBUND, Partner.class).setParameter("forbund", kod.varde())
                .getResultStream().filter(p -> p.typ() == PartnerTyp.KANSLI).map(Partner::organisation).findFirst()
                .orElseThrow(() -> UppfoljningException.of(PartnerFel.KANSLI_SAKNAS, kod.varde()));
    }

    /** Static: the register's own lookup, also for PartnerRegister, never called through the EJB's proxy. */
    static Forbund find(EntityManager em, ForbundKod kod) {
        return em.createNamedQuery(Forbund.BY_KOD, Forbund.class).setParameter("kod", kod.varde())
                .getResultStream().findFirst()
                .orElseThrow(() -> UppfoljningException.of(PartnerFel.FORBUND_FINNS_INTE));
    }

    private ForbundView view(Forbund f) {
        List<Partner> partners = em.createNamedQuery(Partner.BY_FORBUND, Partner.class).setParameter("forbund", f.kod())
                .getResultList();
        String kansli = partners.stream().filter(p -> p.typ() == PartnerTyp.KANSLI).map(Partner::organisation)
                .findFirst().orElse(null);
        return ForbundView.of(f, kansli, (int) partners.stream().filter(p -> p.typ() != PartnerTyp.KANSLI).count());
    }

    static void requireSystemadmin(Caller caller) {
        if (!caller.has(Roll.SYSTEMADMIN)) {
            throw UppfoljningException.of(PartnerFel.BARA_SYSTEMADMIN);
        }
    }
}
