package se.finsam.uppfoljning.behorighet.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/** The system administrator's operations: organisations of partner agencies and any role of anyone. */
@Path("system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemadminResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Systemadministration administration;

    @POST
    @Path("organisationer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Organisationen är skapad.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = se.finsam.uppfoljning.partner.boundary.PartnerView.class)))
    @Operation(summary = "Skapa en partnerorganisation (i Keycloak och som partner i förbundet)")
    public Response createOrganisation(Systemadministration.NyOrganisation ny) {
        return Response.status(Response.Status.CREATED).entity(administration.skapaOrganisation(caller.require(), ny)).build();
    }

    @PUT
    @Path("anvandare/{userId}/roller/{roll}")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Ge vem som helst en roll")
    public List<String> grant(@PathParam("userId") String userId, @PathParam("roll") String roll) {
        return administration.roll(caller.require(), userId, roll, true);
    }

    @DELETE
    @Path("anvandare/{userId}/roller/{roll}")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Ta bort en roll från vem som helst")
    public List<String> revoke(@PathParam("userId") String userId, @PathParam("roll") String roll) {
        return administration.roll(caller.require(), userId, roll, false);
    }
}
