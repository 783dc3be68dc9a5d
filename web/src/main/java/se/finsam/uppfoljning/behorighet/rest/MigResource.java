package se.finsam.uppfoljning.behorighet.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.behorighet.boundary.CallerView;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.Optional;

@Path("mig")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MigResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PartnerRegister partners;

    @GET
    @RolesAllowed({Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE, Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE,
            Roll.RAPPORTDESIGNER_ROLE, Roll.PARTNERADMIN_ROLE, Roll.STYRELSE_ROLE, Roll.SYSTEMADMIN_ROLE})
    @Operation(summary = "Den inloggade personen: förbund, organisation och roller")
    public CallerView me() {
        Caller caller = currentCaller.require();
        return CallerView.of(caller, caller.forbund().isPresent() ? partners.callersPartner(caller) : Optional.empty());
    }
}
