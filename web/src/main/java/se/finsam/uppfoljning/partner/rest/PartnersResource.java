package se.finsam.uppfoljning.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.partner.boundary.NyPartner;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PartnerRegister register;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.SYSTEMADMIN_ROLE})
    @Operation(summary = "Förbundets partner (medlemsorganisationer och kansliet)")
    public List<PartnerView> list() {
        return register.partners(currentCaller.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Partnern är registrerad.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PartnerView.class)))
    @Operation(summary = "Registrera en partner i förbundet")
    public Response register(NyPartner ny, @Context UriInfo uri) {
        PartnerView created = register.register(currentCaller.require(), ny);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
