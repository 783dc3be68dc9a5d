package se.finsam.uppfoljning.insats.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "Insatser": the insatser the signed-in person works with, and the quarters to report on. */
@Named
@RequestScoped
public class InsatsLista {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregister register;

    private List<InsatsView> insatser;

    public List<InsatsView> getInsatser() {
        if (insatser == null) {
            insatser = register.insatser(caller.require());
        }
        return insatser;
    }

    /** The quarters of an insats up to today, newest first. */
    public List<Rapportperiod> kvartal(InsatsView insats) {
        List<Rapportperiod> periods = new ArrayList<>();
        LocalDate idag = LocalDate.now();
        Rapportperiod p = Rapportperiod.containing(insats.slut().isBefore(idag) ? insats.slut() : idag);
        Rapportperiod forsta = Rapportperiod.containing(insats.start());
        while (p.compareTo(forsta) >= 0 && periods.size() < 8) {
            periods.add(p);
            p = p.foregaende();
        }
        return periods;
    }
}
