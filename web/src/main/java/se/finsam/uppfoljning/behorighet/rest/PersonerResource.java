package se.finsam.uppfoljning.behorighet.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.behorighet.boundary.Partneradministration;
import se.finsam.uppfoljning.behorighet.boundary.PersonView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.List;

/** Partner administration: the people of the caller's own organisation, their roles and assignments. */
@Path("personer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonerResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Partneradministration administration;

    @GET
    @RolesAllowed(Roll.PARTNERADMIN_ROLE)
    @Operation(summary = "Personerna i din organisation med roller och tilldelningar")
    public List<PersonView> list() {
        return administration.personer(caller.require());
    }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.PARTNERADMIN_ROLE)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Inbjudan skickad.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Partneradministration.Inbjuden.class)))
    @Operation(summary = "Bjud in en ny person till din organisation (e-post med länk för att välja lösenord)")
    public Response invite(Partneradministration.Inbjudan inbjudan) {
        return Response.status(Response.Status.CREATED).entity(administration.bjudIn(caller.require(), inbjudan)).build();
    }

    @PUT
    @Path("{userId}/roller/{roll}")
    @RolesAllowed(Roll.PARTNERADMIN_ROLE)
    @Operation(summary = "Ge en person i din organisation en roll (rapportör, styrgrupp, styrelse, partneradmin)")
    public List<String> grant(@PathParam("userId") String userId, @PathParam("roll") String roll) {
        return administration.bevilja(caller.require(), userId, roll);
    }

    @DELETE
    @Path("{userId}/roller/{roll}")
    @RolesAllowed(Roll.PARTNERADMIN_ROLE)
    @Operation(summary = "Ta bort en roll från en person i din organisation")
    public List<String> revoke(@PathParam("userId") String userId, @PathParam("roll") String roll) {
        return administration.aterkalla(caller.require(), userId, roll);
    }

    @PUT
    @Path("{userId}/insatser/{insatsId}")
    @RolesAllowed(Roll.PARTNERADMIN_ROLE)
    @Operation(summary = "Gör en person i din organisation till rapportör för en insats organisationen deltar i")
    public Response assign(@PathParam("userId") String userId, @PathParam("insatsId") InsatsId insatsId) {
        administration.tilldelaInsats(caller.require(), userId, insatsId);
        return Response.noContent().build();
    }
}
