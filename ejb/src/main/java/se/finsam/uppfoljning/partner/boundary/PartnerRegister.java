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
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register of partner agencies of the caller's förbund. Everyone signed in to a förbund may
 * read its partners (they are named in every PM); only the system administrator registers new ones.
 */
@Stateless
public class PartnerRegister {

    static final String OBJECT_TYPE = "Partner";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<PartnerView> partners(@NotNull Caller caller) {
        String forbund = forbundOf(caller);
        return em.createNamedQuery(Partner.BY_FORBUND, Partner.class)
                .setParameter("forbund", forbund)
                .getResultStream().map(PartnerView::of).toList();
    }

    /**
     * A förbund by its code, read from the query results cache (the PM asks on every request); the
     * förbund is the caller's, established by the reader's own access check.
     */
    public Optional<ForbundRef> forbund(@NotNull ForbundKod kod) {
        return em.createNamedQuery(Forbund.FOR_READING, Forbund.class).setParameter("kod", kod.varde())
                .getResultStream().findFirst().map(ForbundRef::of);
    }

    /** The organisation codes (aliases) of the förbund's partners. */
    public Set<String> organisationer(@NotNull ForbundKod kod) {
        return em.createNamedQuery(Partner.BY_FORBUND, Partner.class).setParameter("forbund", kod.varde())
                .getResultStream().map(Partner::organisation).collect(Collectors.toSet());
    }

    public Optional<PartnerView> callersPartner(@NotNull Caller caller) {
        if (caller.forbund().isEmpty() || caller.organisation().isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Partner.BY_FORBUND_AND_ORGANISATION, Partner.class)
                .setParameter("forbund", caller.forbund().get())
                .setParameter("organisation", caller.organisation().get())
                .getResultStream().findFirst().map(PartnerView::of);
    }

    /** The partners of any förbund, for the system administrator who sets förbund up. */
    public List<PartnerView> partners(@NotNull Caller caller, @NotNull ForbundKod kod) {
        ForbundRegister.requireSystemadmin(caller);
        return em.createNamedQuery(Partner.BY_FORBUND, Partner.class)
                .setParameter("forbund", ForbundRegister.find(em, kod).kod())
                .getResultStream().map(PartnerView::of).toList();
    }

    /** A partner of the caller's own förbund. */
    public PartnerView register(@NotNull Caller caller, @NotNull @Valid NyPartner ny) {
        ForbundRegister.requireSystemadmin(caller);
        return register(caller, new ForbundKod(forbundOf(caller)), ny);
    }

    /** A partner of any förbund: the system administrator sets up a new förbund's members. */
    public PartnerView register(@NotNull Caller caller, @NotNull ForbundKod kod, @NotNull @Valid NyPartner ny) {
        ForbundRegister.requireSystemadmin(caller);
        Forbund forbund = ForbundRegister.find(em, kod);
        boolean exists = !em.createNamedQuery(Partner.BY_FORBUND_AND_ORGANISATION, Partner.class)
                .setParameter("forbund", forbund.kod())
                .setParameter("organisation", ny.organisation())
                .getResultList().isEmpty();
        if (exists) {
            throw UppfoljningException.of(PartnerFel.REDAN_PARTNER, ny.organisation());
        }
        Partner partner = new Partner(forbund, ny.organisation(), ny.namn(), ny.typ());
        em.persist(partner);
        em.flush();
        audit.record(caller, forbund.kod(), OBJECT_TYPE, partner.id(), "organisation", null, partner.organisation());
        audit.record(caller, forbund.kod(), OBJECT_TYPE, partner.id(), "namn", null, partner.namn());
        audit.record(caller, forbund.kod(), OBJECT_TYPE, partner.id(), "typ", null, partner.typ());
        return PartnerView.of(partner);
    }

    private static String forbundOf(Caller caller) {
        return caller.requireForbund();
    }
}
