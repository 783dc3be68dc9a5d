package se.finsam.uppfoljning.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionBilaga;
import se.finsam.uppfoljning.budget.entity.RekvisitionStatus;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;
import java.util.Optional;

/** The one way to find an insats' budgets, carry-overs and rekvisitioner. */
@Dependent
public class Budgetar {

    @PersistenceContext
    EntityManager em;

    public Optional<Budget> budget(Insats insats, int ar) {
        return em.createNamedQuery(Budget.BY_INSATS_AND_AR, Budget.class)
                .setParameter("insats", insats).setParameter("ar", ar).getResultStream().findFirst();
    }

    public List<Overforing> overforingar(Insats insats) {
        return em.createNamedQuery(Overforing.BY_INSATS, Overforing.class).setParameter("insats", insats).getResultList();
    }

    public List<Rekvisition> rekvisitioner(Insats insats, int ar) {
        return em.createNamedQuery(Rekvisition.BY_INSATS_AND_AR, Rekvisition.class)
                .setParameter("insats", insats).setParameter("ar", ar).getResultList();
    }

    public Optional<Rekvisition> rekvisition(Insats insats, Rapportperiod period) {
        return em.createNamedQuery(Rekvisition.BY_INSATS_AND_PERIOD, Rekvisition.class)
                .setParameter("insats", insats).setParameter("ar", period.ar()).setParameter("kvartal", period.kvartal())
                .getResultStream().findFirst();
    }

    public List<Rekvisition> rekvisitioner(String forbund, RekvisitionStatus status) {
        return em.createNamedQuery(Rekvisition.BY_FORBUND_AND_STATUS, Rekvisition.class)
                .setParameter("forbund", forbund).setParameter("status", status).getResultList();
    }

    public Optional<RekvisitionBilaga> bilaga(Rekvisition r) {
        return Optional.ofNullable(em.find(RekvisitionBilaga.class, r.id()));
    }

    public Arsekonomi arsekonomi(Insats insats, int ar) {
        return Arsekonomi.of(ar, budget(insats, ar), overforingar(insats), rekvisitioner(insats, ar));
    }
}
