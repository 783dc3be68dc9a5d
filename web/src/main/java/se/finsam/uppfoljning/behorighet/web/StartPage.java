package se.finsam.uppfoljning.behorighet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.CallerView;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.Optional;

/** The start page: who is signed in, for which organisation, with which roles. */
@Named
@RequestScoped
public class StartPage {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PartnerRegister partners;

    private CallerView view;

    /**
     * The name in the page header. Error pages use the same layout and may be shown to a request
     * whose caller cannot be made (a token without organisation, a path outside the pages), so
     * this never refuses: no caller, no name.
     */
    public String getNamn() {
        return currentCaller.get().map(Caller::displayName).orElse("");
    }

    public CallerView getInloggad() {
        if (view == null) {
            Caller caller = currentCaller.require();
            view = CallerView.of(caller, caller.forbund().isPresent() ? partners.callersPartner(caller) : Optional.empty());
        }
        return view;
    }
}
