package se.finsam.uppfoljning.slutrapport.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.slutrapport.SlutrapportFel;
import se.finsam.uppfoljning.slutrapport.entity.Malutfall;
import se.finsam.uppfoljning.slutrapport.entity.Slutrapport;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and writes final reports, with their audit rows, for the form and the data-package import alike. */
@Dependent
public class Slutrapporter {

    public static final String SLUTRAPPORT = "Slutrapport";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Optional<Slutrapport> of(Insats insats) {
        return em.createNamedQuery(Slutrapport.BY_INSATS, Slutrapport.class).setParameter("insats", insats)
                .getResultStream().findFirst();
    }

    /** @param version the version read (0 when there was none); null skips the check (import) */
    public Slutrapport write(Caller caller, Insats insats, Long version, String syfte, List<Malutfall> mal,
                             String sammanfattning, String leverVidare, List<String> lankar, Instant nar) {
        Optional<Slutrapport> existing = of(insats);
        if (version != null && version != existing.map(Slutrapport::version).orElse(0L)) {
            throw UppfoljningException.withFields(SlutrapportFel.SLUTRAPPORT_ANDRAD,
                    existing.map(r -> audit.changedSince(SLUTRAPPORT, r.id(), version)).orElseGet(List::of));
        }
        Map<String, String> before = existing.map(Slutrapport::snapshot).orElseGet(LinkedHashMap::new);
        Slutrapport s = existing.orElseGet(() -> new Slutrapport(insats));
        s.write(syfte, mal, sammanfattning, leverVidare, lankar, caller.username(), nar);
        if (existing.isEmpty()) {
            em.persist(s);
        }
        em.flush();
        audit.recordChanges(caller, insats.forbund().kod(), SLUTRAPPORT, s.id(), s.version(), before, s.snapshot());
        return s;
    }
}
