package se.finsam.uppfoljning.budget.control;

import se.finsam.uppfoljning.budget.BudgetFel;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Kostnadsrad;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Bilagetyp;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionBilaga;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes budgets, carry-overs and rekvisitioner with their audit rows, for the office's forms and
 * for the data-package import alike. Access is checked by the caller of this class (a boundary);
 * the business rules that need the database (version, unused funds) are checked here.
 */
@Dependent
public class Ekonomiregister {

    public static final String BUDGET = "Budget";
    public static final String OVERFORING = "Overforing";
    public static final String REKVISITION = "Rekvisition";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Budgetar budgetar;

    /** @param version the version the caller read; 0 for a year without a budget; null to skip the check (import) */
    public Budget setBudget(Caller caller, Insats insats, int ar, Belopp beviljat, Belopp forstaHalvar, Long version) {
        Optional<Budget> existing = requireBudgetVersion(insats, ar, version);
        Map<String, String> before = existing.map(Ekonomiregister::snapshot).orElseGet(LinkedHashMap::new);
        Budget budget = existing.orElseGet(() -> {
            Budget ny = new Budget(insats, ar, beviljat);
            em.persist(ny);
            return ny;
        });
        budget.grant(beviljat, forstaHalvar);
        em.flush();
        audit.recordChanges(caller, insats.forbund().kod(), BUDGET, budget.id(), budget.version(), before, snapshot(budget));
        return budget;
    }

    /**
     * The year's budget of the insats, checked against the version the caller read (0 for none; null
     * skips the check, for imports): 409 with what changed since when it is not the current one.
     */
    public Optional<Budget> requireBudgetVersion(Insats insats, int ar, Long version) {
        Optional<Budget> existing = budgetar.budget(insats, ar);
        long current = existing.map(Budget::version).orElse(0L);
        if (version != null && version != current) {
            throw UppfoljningException.withFields(BudgetFel.BUDGET_ANDRAD,
                    existing.map(b -> audit.changedSince(BUDGET, b.id(), version)).orElseGet(List::of));
        }
        return existing;
    }

    /**
     * Records a carry-over decision. An amount may not exceed what is left of the year's budget
     * when that year is recorded here; a decision already recorded (same year, date and amount) is
     * not recorded twice.
     */
    public Overforing recordOverforing(Caller caller, Insats insats, int franAr, Belopp belopp, LocalDate beslutsdatum,
                                       String anteckning) {
        List<Overforing> kanda = budgetar.overforingar(insats);
        Optional<Overforing> samma = kanda.stream().filter(o -> o.isGallande() && o.franAr() == franAr
                && o.beslutsdatum().equals(beslutsdatum) && o.belopp().equals(Optional.ofNullable(belopp))).findFirst();
        if (samma.isPresent()) {
            return samma.get();
        }
        return bookOverforing(caller, insats, franAr, belopp, beslutsdatum, anteckning);
    }

    /** Records a new carry-over decision, refused when larger than what is left of the year's budget. */
    public Overforing bookOverforing(Caller caller, Insats insats, int franAr, Belopp belopp, LocalDate beslutsdatum,
                                     String anteckning) {
        if (belopp != null && budgetar.budget(insats, franAr).isPresent()) {
            Arsekonomi ekonomi = budgetar.arsekonomi(insats, franAr);
            Belopp redan = ekonomi.overfortTillNasta().orElse(Belopp.NOLL);
            if (redan.plus(belopp).compareTo(ekonomi.kvar()) > 0) {
                throw UppfoljningException.of(BudgetFel.OVERFORING_FOR_STOR, String.valueOf(franAr), ekonomi.kvar().minus(redan));
            }
        }
        Overforing o = new Overforing(insats, franAr, belopp, beslutsdatum, anteckning);
        em.persist(o);
        em.flush();
        audit.record(caller, insats.forbund().kod(), OVERFORING, o.id(), "beslut", null,
                "från " + franAr + " till " + o.tillAr() + ": " + (belopp == null ? "belopp ingår i budgeten" : belopp + " kr")
                        + " beslutat " + beslutsdatum);
        return o;
    }

    /** A corrected decision replaced the one that booked this carry-over: it stops counting, the row stays. */
    public void revokeOverforing(Caller caller, Overforing o, LocalDate datum) {
        o.revoke(datum);
        em.flush();
        audit.record(caller, o.insats().forbund().kod(), OVERFORING, o.id(), "upphavd", null, datum.toString());
    }

    /** Refuses a decision on a rekvisition that changed after the version the decider read, saying what changed. */
    public void requireVersion(Rekvisition r, long version) {
        if (version != r.version()) {
            throw UppfoljningException.withFields(BudgetFel.REKVISITION_ANDRAD, audit.changedSince(REKVISITION, r.id(), version));
        }
    }

    public Rekvisition submit(Caller caller, Insats insats, Rapportperiod period, Belopp belopp, List<Kostnadsrad> rader,
                              String meddelande, Instant nar) {
        Optional<Rekvisition> existing = budgetar.rekvisition(insats, period);
        Map<String, String> before = existing.map(Rekvisition::snapshot).orElseGet(LinkedHashMap::new);
        Rekvisition r = existing.orElseGet(() -> new Rekvisition(insats, period));
        r.submit(belopp, rader, meddelande, caller.username(), nar);
        if (existing.isEmpty()) {
            em.persist(r);
        }
        return audited(caller, r, before);
    }

    /** Attaches a file to the rekvisition, replacing one attached before; the type was sniffed by the caller. */
    public Rekvisition attach(Caller caller, Rekvisition r, String filnamn, Bilagetyp typ, byte[] innehall) {
        Map<String, String> before = r.snapshot();
        r.attach(filnamn, typ, innehall.length);
        budgetar.bilaga(r).ifPresentOrElse(b -> b.replace(innehall), () -> em.persist(new RekvisitionBilaga(r.id(), innehall)));
        return audited(caller, r, before);
    }

    public Rekvisition approve(Caller caller, Rekvisition r, Instant nar) {
        Map<String, String> before = r.snapshot();
        r.approve(caller.username(), nar);
        return audited(caller, r, before);
    }

    public Rekvisition returnWith(Caller caller, Rekvisition r, String kommentar, Instant nar) {
        Map<String, String> before = r.snapshot();
        r.returnWith(kommentar, caller.username(), nar);
        return audited(caller, r, before);
    }

    private Rekvisition audited(Caller caller, Rekvisition r, Map<String, String> before) {
        em.flush();
        audit.recordChanges(caller, r.insats().forbund().kod(), REKVISITION, r.id(), r.version(), before, r.snapshot());
        return r;
    }

    private static Map<String, String> snapshot(Budget b) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("beviljat", b.beviljat().toString());
        s.put("forstaHalvar", b.beslutadForstaHalvar().map(Belopp::toString).orElse(null));
        return s;
    }
}
