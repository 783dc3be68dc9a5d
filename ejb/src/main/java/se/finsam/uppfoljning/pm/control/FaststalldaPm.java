package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.pm.entity.FaststalldFil;
import se.finsam.uppfoljning.pm.entity.FaststalltPm;

import java.util.Optional;

/** The one query path to frozen PMs and their files. */
@Dependent
public class FaststalldaPm {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerRegister partner;

    public Optional<FaststalltPm> av(String forbund, Halvar h) {
        return partner.forbund(new ForbundKod(forbund)).flatMap(f -> em.createNamedQuery(FaststalltPm.BY_PM, FaststalltPm.class)
                .setParameter("forbund", f.id()).setParameter("ar", h.ar()).setParameter("halvar", h.halvar())
                .getResultStream().findFirst());
    }

    public Optional<FaststalldFil> fil(FaststalltPm pm, PmFormat format, PmUtgava utgava) {
        return em.createNamedQuery(FaststalldFil.BY_PM_AND_FORMAT, FaststalldFil.class).setParameter("pm", pm)
                .setParameter("format", format.name()).setParameter("utgava", utgava.name()).getResultStream().findFirst();
    }
}
