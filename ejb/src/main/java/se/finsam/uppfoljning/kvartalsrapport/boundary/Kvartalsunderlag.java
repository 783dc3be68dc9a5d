package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.kvartalsrapport.control.Fragebatteriregel;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quarterly reports and question sets as the PM reads a förbund's half-year: DTOs, read from
 * the shared cache in one query each (decision 0024). The förbund is the caller's, established by
 * the PM's own access check.
 */
@Stateless
public class Kvartalsunderlag {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rapporter rapporter;

    /** The quarter's reports of the förbund by insats. */
    public Map<InsatsId, Rapportsammandrag> rapporter(ForbundKod forbund, Rapportperiod kvartal) {
        return rapporter.forReading(forbund.varde(), kvartal).values().stream().map(Rapportsammandrag::of)
                .collect(Collectors.toMap(Rapportsammandrag::insats, r -> r));
    }

    /** The questions of the set in force in the half-year's last quarter, in the set's order; none without a set. */
    public List<FragaView> fragorIKraft(ForbundKod forbund, Halvar h) {
        return Fragebatteriregel.iKraft(em.createNamedQuery(Fragebatteri.BY_FORBUND_UP_TO_AR, Fragebatteri.class)
                        .setParameter("forbund", forbund.varde()).setParameter("ar", h.ar())
                        .setHint(InsatsLookup.READ_ONLY, "True").getResultList(), h.sistaKvartal())
                .map(fb -> Fragebatterier.view(fb).fragor()).orElse(List.of());
    }
}
