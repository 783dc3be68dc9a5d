package se.finsam.uppfoljning.slutrapport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.rest.InsatsResurs;
import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportInput;
import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportView;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportering;

/** An insats' final report: the rapportörer or the office write it when the insats closes. */
@Path("insatser/{insatsId}/slutrapport")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlutrapportResource extends InsatsResurs {

    @Inject
    Slutrapportering slutrapporter;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Insatsens slutrapport: syfte, målens utfall, vad som lever vidare och länkar")
    public SlutrapportView get() {
        return slutrapporter.get(caller.require(), insatsId);
    }

    @PUT
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.RAPPORTOR_ROLE})
    @Operation(summary = "Skriv insatsens slutrapport (hela), med versionen som lästes")
    public SlutrapportView put(SlutrapportInput input) {
        return slutrapporter.spara(caller.require(), insatsId, input);
    }
}
