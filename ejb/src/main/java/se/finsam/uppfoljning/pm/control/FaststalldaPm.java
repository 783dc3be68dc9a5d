package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.pm.entity.FaststalldFil;
import se.finsam.uppfoljning.pm.entity.FaststalltPm;

import java.util.Optional;

/** The one query path to frozen PMs and their files. */
@Dependent
public class FaststalldaPm {

    @PersistenceContext
    EntityManager em;

    public Optional<FaststalltPm> av(String forbund, Halvar h) {
        return em.createNamedQuery(FaststalltPm.BY_PM, FaststalltPm.class).setParameter("forbund", forbund)
                .setParameter("ar", h.ar()).setParameter("halvar", h.halvar()).getResultStream().findFirst();
    }

    public Optional<FaststalldFil> fil(FaststalltPm pm, PmFormat format) {
        return em.createNamedQuery(FaststalldFil.BY_PM_AND_FORMAT, FaststalldFil.class).setParameter("pm", pm)
                .setParameter("format", format.name()).getResultStream().findFirst();
    }
}
