package se.finsam.uppfoljning.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionBilaga;
import se.finsam.uppfoljning.budget.entity.RekvisitionStatus;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The years in which any of the förbund's insatser has a budget, a rekvisition or a carry-over
     * (from or into it): the only years whose table 4 can hold a figure.
     */
    public Set<Integer> arMedBelopp(String forbund) {
        Set<Integer> ar = new TreeSet<>();
        for (String jpql : List.of("select distinct b.ar from Budget b where b.insats.forbund.kod = :forbund",
                "select distinct r.period.ar from Rekvisition r where r.insats.forbund.kod = :forbund")) {
            ar.addAll(em.createQuery(jpql, Integer.class).setParameter("forbund", forbund).getResultList());
        }
        for (Integer fran : em.createQuery("select distinct o.franAr from Overforing o where o.insats.forbund.kod = :forbund",
                Integer.class).setParameter("forbund", forbund).getResultList()) {
            ar.add(fran);
            ar.add(fran + 1);
        }
        return ar;
    }

    /**
     * The budgets of many insatser for two years in one query (the year's budget page shows this
     * year's and last year's side by side), by insats id and year. For reading only, like {@link #arsekonomier}.
     */
    public Map<Long, Map<Integer, Budget>> budgetar(List<Insats> insatser, int ar, int ocksaAr) {
        if (insatser.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select b from Budget b where b.insats in :insatser and b.ar in :ar", Budget.class)
                .setParameter("insatser", insatser).setParameter("ar", List.of(ar, ocksaAr))
                .setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.groupingBy(b -> b.insats().id(), Collectors.toMap(Budget::ar, Function.identity(), (a, b) -> a)));
    }

    /** An insats' rows of a year: its budget, its carry-overs (all years) and the year's rekvisitioner. */
    public record Arsrader(Optional<Budget> budget, List<Overforing> overforingar, List<Rekvisition> rekvisitioner) {
    }

    /**
     * The rows of many insatser for a year, by insats id, in three queries rather than three per
     * insats (the PM's table 4, a data package's export); each insats' rows in the order its own
     * queries give them. For reading only: the shared-cache objects, not copies registered for
     * changes (they must never be changed).
     */
    public Map<Long, Arsrader> arsrader(List<Insats> insatser, int ar) {
        if (insatser.isEmpty()) {
            return Map.of();
        }
        Map<Long, Budget> budgetar = em.createQuery("select b from Budget b where b.insats in :insatser and b.ar = :ar", Budget.class)
                .setParameter("insatser", insatser).setParameter("ar", ar).setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.toMap(b -> b.insats().id(), Function.identity(), (a, b) -> a));
        Map<Long, List<Overforing>> overforingar = em.createQuery(
                        "select o from Overforing o where o.insats in :insatser order by o.franAr, o.beslutsdatum", Overforing.class)
                .setParameter("insatser", insatser).setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.groupingBy(o -> o.insats().id()));
        Map<Long, List<Rekvisition>> rekvisitioner = em.createQuery(
                        "select r from Rekvisition r where r.insats in :insatser and r.period.ar = :ar order by r.period.kvartal", Rekvisition.class)
                .setParameter("insatser", insatser).setParameter("ar", ar).setHint(InsatsLookup.READ_ONLY, "True").getResultStream()
                .collect(Collectors.groupingBy(r -> r.insats().id()));
        Map<Long, Arsrader> m = new HashMap<>();
        for (Insats i : insatser) {
            m.put(i.id(), new Arsrader(Optional.ofNullable(budgetar.get(i.id())),
                    overforingar.getOrDefault(i.id(), List.of()), rekvisitioner.getOrDefault(i.id(), List.of())));
        }
        return m;
    }

    /** {@link #arsekonomi} of many insatser, by insats id, from {@link #arsrader}. For reading only. */
    public Map<Long, Arsekonomi> arsekonomier(List<Insats> insatser, int ar) {
        Map<Long, Arsekonomi> m = new HashMap<>();
        arsrader(insatser, ar).forEach((id, r) -> m.put(id, Arsekonomi.of(ar, r.budget(), r.overforingar(), r.rekvisitioner())));
        return m;
    }
}
