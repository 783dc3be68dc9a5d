package se.finsam.uppfoljning.insats.regelbrott;

import jakarta.persistence.EntityManager;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;

import java.util.List;

/** Within the rules (EntityRulesTest): the register makes and queries its own entities. Never run. */
public class RegistrerarEgenInsats {

    List<Insats> registrera(EntityManager em) {
        Insats i = new Insats(null, "kod", null);
        i.assign(java.util.Set.of(new Tilldelning("anna", Tilldelning.RAPPORTOR)));
        em.persist(i);
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).getResultList();
    }
}
