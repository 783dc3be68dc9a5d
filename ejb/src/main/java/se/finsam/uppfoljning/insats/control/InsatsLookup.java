package se.finsam.uppfoljning.insats.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.behorighet.control.Caller;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.function.BiPredicate;

/** Finds an insats for a caller; one the caller may not see is "not found", exists or not. */
@Dependent
public class InsatsLookup {

    @PersistenceContext
    EntityManager em;

    public Insats find(Caller caller, long id, BiPredicate<Caller, Insats> mayAccess) {
        Insats insats = em.find(Insats.class, id);
        if (insats == null || !mayAccess.test(caller, insats)) {
            throw UppfoljningException.notFound("INS-001", "Insatsen finns inte.");
        }
        return insats;
    }
}
