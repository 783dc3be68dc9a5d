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
import se.finsam.uppfoljning.budget.boundary.BudgetInput;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.rest.InsatsResurs;

/** An insats' money for a year: budget, utfall, kvot, rekvisitioner and carry-overs; the office sets the budget. */
@Path("insatser/{insatsId}/ekonomi/{ar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EkonomiResource extends InsatsResurs {

    @Inject
    Ekonomi ekonomi;

    @PathParam("ar")
    Ar ar;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Insatsens budget, utfall, förbrukningskvot och rekvisitioner för året")
    public EkonomiView get() {
        return ekonomi.oversikt(caller.require(), insatsId, ar);
    }

    @PUT
    @Path("budget")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Sätt årets beviljade budget (kronor), ev. med en annan fördelning på första halvåret")
    public EkonomiView setBudget(BudgetInput input) {
        return ekonomi.sattBudget(caller.require(), insatsId, ar, input);
    }
}
