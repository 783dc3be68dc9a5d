package se.finsam.uppfoljning.avvikelse.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseBeslut;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseTyp;
import se.finsam.uppfoljning.avvikelse.entity.BeslutUtfall;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes deviation reports and decisions with their audit rows, for the forms and the data-package
 * import alike. An approved budget deviation books its carry-over through the budget component's
 * register, which refuses one larger than the year's unused funds; a correction revokes the
 * carry-over of the decision it replaces first.
 */
@Dependent
public class Avvikelseregister {

    public static final String AVVIKELSE = "Avvikelse";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Ekonomiregister ekonomi;

    public Avvikelse file(Caller caller, Insats insats, AvvikelseTyp typ, String beskrivning, Integer ar, Belopp begart,
                          LocalDate inkommen, Instant nar) {
        Avvikelse a = new Avvikelse(insats, typ, beskrivning, ar, begart, inkommen, caller.username(), nar);
        em.persist(a);
        em.flush();
        audit.record(caller, insats.forbund().kod(), AVVIKELSE, a.id(), "inlamnad", null,
                typ.label() + (ar == null ? "" : " " + ar) + (begart == null ? "" : ", begärt " + begart + " kr") + ": " + beskrivning);
        return a;
    }

    /**
     * @param dedupe true for the import: a carry-over already recorded with the same year, date and
     *               amount is the one this decision booked (older packages list carry-overs by themselves)
     */
    public AvvikelseBeslut decide(Caller caller, Avvikelse a, BeslutUtfall utfall, Belopp belopp, String motivering,
                                  LocalDate beslutsdatum, AvvikelseBeslut ersatter, Instant nar, boolean dedupe) {
        AvvikelseBeslut b = a.decide(utfall, belopp, motivering, beslutsdatum, ersatter, caller.username(), nar);
        if (ersatter != null) {
            ersatter.overforing().filter(Overforing::isGallande)
                    .ifPresent(o -> ekonomi.revokeOverforing(caller, o, beslutsdatum));
        }
        if (b.belopp().isPresent() && a.ar().isPresent()) {
            String anteckning = "Förbundschefens beslut om avvikelse " + a.id() + ": " + motivering;
            anteckning = anteckning.length() > 2000 ? anteckning.substring(0, 2000) : anteckning;
            Overforing o = dedupe
                    ? ekonomi.recordOverforing(caller, a.insats(), a.ar().get(), b.belopp().get(), beslutsdatum, anteckning)
                    : ekonomi.bookOverforing(caller, a.insats(), a.ar().get(), b.belopp().get(), beslutsdatum, anteckning);
            b.bookedAs(o);
        }
        em.flush();
        audit.record(caller, a.insats().forbund().kod(), AVVIKELSE, a.id(), "beslut",
                ersatter == null ? null : ersatter.utfall().label() + " " + ersatter.beslutsdatum(),
                utfall.label() + " " + beslutsdatum + b.belopp().map(x -> ", " + x + " kr till " + (a.ar().orElseThrow() + 1)).orElse("")
                        + ": " + motivering);
        return b;
    }
}
