package se.finsam.uppfoljning.partner.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one query path to the förbund and partners for the components whose entities refer to them
 * (an insats to its förbund and owner, a question set to its förbund): they get the managed
 * entities from here instead of querying partner's tables themselves.
 */
@Dependent
public class PartnerLookup {

    @PersistenceContext
    EntityManager em;

    public Optional<Forbund> forbund(ForbundKod kod) {
        return em.createNamedQuery(Forbund.BY_KOD, Forbund.class).setParameter("kod", kod.varde()).getResultStream().findFirst();
    }

    /** The förbund's partners, in the register's order. */
    public List<Partner> allaAv(ForbundKod kod) {
        return em.createNamedQuery(Partner.BY_FORBUND, Partner.class).setParameter("forbund", kod.varde()).getResultList();
    }

    /** The förbund's partners by organisation code (alias). */
    public Map<String, Partner> partners(ForbundKod kod) {
        return allaAv(kod).stream().collect(Collectors.toMap(Partner::organisation, Function.identity()));
    }
}
