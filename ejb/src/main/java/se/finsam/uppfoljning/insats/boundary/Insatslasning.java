package se.finsam.uppfoljning.insats.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.control.Utskriftsnamn;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.List;
import java.util.Map;

/**
 * The register as the readers above it read a förbund's half-year (the PM): DTOs, read from the
 * shared cache (decision 0024). The förbund is the caller's, established by the reader's own access
 * check; nothing here is reachable from outside the application.
 */
@Stateless
public class Insatslasning {

    @PersistenceContext
    EntityManager em;

    /**
     * The insatser of the förbund running in the half-year, in the register's order (one query), each
     * with the name it prints under in every table of the PM: its short name at the half-year's end,
     * told apart from another that would read the same ({@link Utskriftsnamn}).
     */
    public List<InsatsUnderlag> igang(ForbundKod forbund, Halvar h) {
        List<Insats> igang = em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund.varde())
                .setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .filter(i -> i.runsDuring(h.forstaDag(), h.sistaDag())).toList();
        Map<Long, String> namn = Utskriftsnamn.av(igang, h.sistaDag());
        return igang.stream().map(i -> InsatsUnderlag.of(i, h,
                namn.getOrDefault(i.id(), i.kortnamnPer(h.sistaDag())))).toList();
    }
}
