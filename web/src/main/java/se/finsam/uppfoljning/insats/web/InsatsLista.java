package se.finsam.uppfoljning.insats.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/**
 * "Insatser": the insatser the signed-in person works with. The quarters to report on come from
 * {@code Rapportkvartal}, every quarter of each insats' period.
 */
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
}
