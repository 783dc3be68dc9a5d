package se.finsam.uppfoljning.behorighet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.CallerView;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Texter;

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

    /** The office's line on the PM under way: "PM:et för kvartal 3 och 4 2026 saknar 4 saker." */
    public String pmLuckor(Halvar halvar, int antal) {
        String nyckel = antal == 0 ? "start.pmLuckor.inga" : antal == 1 ? "start.pmLuckor.en" : "start.pmLuckor.flera";
        return Texter.text(StartPage.class, nyckel, halvar.forstaKvartal().kvartal(), halvar.sistaKvartal().kvartal(), halvar.ar(), antal);
    }
}
