package se.finsam.uppfoljning.budget.regelbrott;

import jakarta.persistence.EntityManager;
import se.finsam.uppfoljning.insats.entity.Insats;

import java.util.List;

/** Deliberately broken (EntityRulesTest): budget runs the register's named query on its entity. Never run. */
public class FragarInsatser {

    List<Insats> insatser(EntityManager em) {
        return em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", "f").getResultList();
    }
}
