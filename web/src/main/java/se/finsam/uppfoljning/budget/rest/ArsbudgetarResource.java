package se.finsam.uppfoljning.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.budget.boundary.Arsbudget;
import se.finsam.uppfoljning.budget.boundary.ArsbudgetInput;
import se.finsam.uppfoljning.budget.boundary.Arsbudgetering;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

/** The year's budgets of the förbund's insatser; a year without budgets is proposed from the year before. */
@Path("arsbudgetar/{ar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArsbudgetarResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Arsbudgetering arsbudgetering;

    @PathParam("ar")
    Ar ar;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Årets budget per insats som pågår under året; saknas budget föreslås fjolårets")
    public Arsbudget get() {
        return arsbudgetering.arsbudget(caller.require(), ar);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Bekräfta årets budgetar (hela året och första halvåret) för de insatser som fortsätter; allt eller inget")
    public Arsbudget bekrafta(ArsbudgetInput input) {
        return arsbudgetering.bekrafta(caller.require(), ar, input);
    }
}
