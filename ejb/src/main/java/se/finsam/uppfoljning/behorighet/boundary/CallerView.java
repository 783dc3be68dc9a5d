package se.finsam.uppfoljning.behorighet.boundary;

import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;

import java.util.List;
import java.util.Optional;

/** The signed-in person as the API and the start page show them. */
public record CallerView(String anvandarnamn, String namn, String forbund, String forbundsnamn, String organisation,
                         String organisationsnamn, List<String> roller, List<String> rolltexter, boolean komplett) {

    public static CallerView of(Caller caller, Optional<PartnerView> partner) {
        List<Roll> roles = caller.roles().stream().sorted().toList();
        return new CallerView(caller.username(), caller.displayName(),
                caller.forbund().orElse(null), partner.map(PartnerView::forbundsnamn).orElse(null),
                caller.organisation().orElse(null),
                partner.map(PartnerView::namn).orElse(null),
                roles.stream().map(Roll::claimValue).toList(),
                roles.stream().map(Roll::label).toList(),
                caller.isComplete());
    }
}
