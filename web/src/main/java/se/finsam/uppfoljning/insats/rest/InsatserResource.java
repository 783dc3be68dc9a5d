package se.finsam.uppfoljning.insats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.List;

@Path("insatser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InsatserResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregister register;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Insatserna du har tillgång till (kansliet: alla i förbundet)")
    public List<InsatsView> list() {
        return register.insatser(caller.require());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "En insats")
    public InsatsView get(@PathParam("id") InsatsId id) {
        return register.insats(caller.require(), id);
    }

    @GET
    @Path("{id}/historik")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Ändringshistorik för insatsen och dess rapporter")
    public List<AuditView> historik(@PathParam("id") InsatsId id) {
        return register.historik(caller.require(), id);
    }
}
