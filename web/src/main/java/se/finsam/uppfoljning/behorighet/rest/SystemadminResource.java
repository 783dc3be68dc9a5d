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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.behorighet.boundary.Partneradministration;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/**
 * The system administrator's operations: förbund (the tenants) and their office, the organisations of
 * partner agencies, finding and inviting people, and any role of anyone.
 */
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

    @GET
    @Path("forbund")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Alla förbund med kansliets organisation och antal partner")
    public List<ForbundView> forbund() {
        return administration.forbund(caller.require());
    }

    @POST
    @Path("forbund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @APIResponse(responseCode = "201", description = "Förbundet är skapat.",
            content = @Content(schema = @Schema(implementation = ForbundView.class)))
    @Operation(summary = "Skapa ett förbund med dess kansli (som partner och som organisation i Keycloak)")
    public Response createForbund(Systemadministration.NyttForbundMedKansli nytt) {
        return Response.status(Response.Status.CREATED).entity(administration.skapaForbund(caller.require(), nytt)).build();
    }

    @GET
    @Path("forbund/{forbund}/organisationer")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Förbundets partnerorganisationer, kansliet medräknat")
    public List<PartnerView> organisations(@PathParam("forbund") ForbundKod forbund) {
        return administration.organisationer(caller.require(), forbund);
    }

    @POST
    @Path("forbund/{forbund}/organisationer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @APIResponse(responseCode = "201", description = "Organisationen är skapad.",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @Operation(summary = "Skapa en partnerorganisation i ett förbund (i Keycloak om den inte finns där, och som partner)")
    public Response createOrganisationInForbund(@PathParam("forbund") ForbundKod forbund, Systemadministration.NyOrganisation ny) {
        return Response.status(Response.Status.CREATED)
                .entity(administration.skapaOrganisation(caller.require(), forbund, ny)).build();
    }

    @POST
    @Path("forbund/{forbund}/inbjudningar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @APIResponse(responseCode = "201", description = "Inbjudan skickad.",
            content = @Content(schema = @Schema(implementation = Partneradministration.Inbjuden.class)))
    @Operation(summary = "Bjud in en ny person till en organisation i förbundet (e-post med länk för att välja lösenord)")
    public Response invite(@PathParam("forbund") ForbundKod forbund, Systemadministration.Inbjudan inbjudan) {
        return Response.status(Response.Status.CREATED).entity(administration.bjudIn(caller.require(), forbund, inbjudan)).build();
    }

    @GET
    @Path("anvandare")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Sök personer på användarnamn, namn eller e-postadress (högst 50)")
    public List<Systemadministration.Konto> search(@QueryParam("sok") String sok) {
        return administration.sok(caller.require(), sok == null ? "" : sok);
    }

    @PUT
    @Path("forbund/{forbund}/anvandare/{userId}/roller/{roll}")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Ge en person en roll i ett förbund (personen får förbundet, och kansliets roller även kansliets organisation)")
    public List<String> grantInForbund(@PathParam("forbund") ForbundKod forbund, @PathParam("userId") String userId,
                                       @PathParam("roll") String roll) {
        return administration.rollIForbund(caller.require(), forbund, userId, roll, true);
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
