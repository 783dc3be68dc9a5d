package se.finsam.uppfoljning.insats.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.List;

/**
 * The register as the readers above it read a förbund's half-year (the PM): DTOs, read from the
 * shared cache (decision 0024). The förbund is the caller's, established by the reader's own access
 * check; nothing here is reachable from outside the application.
 */
@Stateless
public class Insatslasning {

    @PersistenceContext
    EntityManager em;

    /** The insatser of the förbund running in the half-year, in the register's order (one query). */
    public List<InsatsUnderlag> igang(ForbundKod forbund, Halvar h) {
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde())
                .setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .filter(i -> i.runsDuring(h.forstaDag(), h.sistaDag())).map(i -> InsatsUnderlag.of(i, h)).toList();
    }
}
