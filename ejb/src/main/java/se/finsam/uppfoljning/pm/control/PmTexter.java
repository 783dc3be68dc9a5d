package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.pm.entity.Avsnitt;
import se.finsam.uppfoljning.pm.entity.PmBerattelse;

import java.util.EnumMap;
import java.util.Map;

/** The one query path to a PM's narrative texts. */
@Dependent
public class PmTexter {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerRegister partner;

    /** The saved sections of a PM by section; a section never written is absent. */
    public Map<Avsnitt, PmBerattelse> av(String forbund, Halvar halvar) {
        Map<Avsnitt, PmBerattelse> texter = new EnumMap<>(Avsnitt.class);
        partner.forbund(new ForbundKod(forbund)).ifPresent(f -> em.createNamedQuery(PmBerattelse.BY_PM, PmBerattelse.class)
                .setParameter("forbund", f.id()).setParameter("ar", halvar.ar()).setParameter("halvar", halvar.halvar())
                .getResultStream().forEach(t -> texter.put(t.avsnitt(), t)));
        return texter;
    }

    /** The PM before this one: the previous half-year, whose texts the office may start from. */
    public static Halvar foregaende(Halvar h) {
        return h.halvar() == 2 ? new Halvar(h.ar(), 1) : new Halvar(h.ar() - 1, 2);
    }
}
