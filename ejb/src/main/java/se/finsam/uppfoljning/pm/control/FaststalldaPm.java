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

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Every frozen PM of the förbund by half-year, in one query (the development over the half-years). */
    public Map<Halvar, FaststalltPm> alla(String forbund) {
        return partner.forbund(new ForbundKod(forbund)).map(f -> em.createQuery(
                        "select p from FaststalltPm p where p.forbundId = :forbund", FaststalltPm.class)
                .setParameter("forbund", f.id()).getResultStream()
                .collect(Collectors.toMap(p -> new Halvar(p.ar(), p.halvar()), Function.identity()))).orElse(Map.of());
    }

    public Optional<FaststalldFil> fil(FaststalltPm pm, PmFormat format, PmUtgava utgava) {
        return em.createNamedQuery(FaststalldFil.BY_PM_AND_FORMAT, FaststalldFil.class).setParameter("pm", pm)
                .setParameter("format", format.name()).setParameter("utgava", utgava.name()).getResultStream().findFirst();
    }
}
