package se.finsam.uppfoljning.insats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.insats.boundary.Avslutsbeslut;
import se.finsam.uppfoljning.insats.boundary.Forlangningsbeslut;
import se.finsam.uppfoljning.insats.boundary.InsatsInput;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.insats.boundary.Insatsregistrering;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.List;

/** The register of insatser: read by everyone who works with them, kept by the office (kansli). */
@Path("insatser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InsatserResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregister register;

    @Inject
    Insatsregistrering registrering;

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

    @POST
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Registrera en insats i förbundet (kansliet)")
    public InsatsView register(InsatsInput insats) {
        return registrering.registrera(caller.require(), insats);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Ändra insatsen; version är den du läste")
    public InsatsView edit(@PathParam("id") InsatsId id, InsatsInput insats) {
        return registrering.andra(caller.require(), id, insats);
    }

    @POST
    @Path("{id}/forlangningar")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Registrera ett beslut om förlängning: nytt slutdatum och beslutsdatum")
    public InsatsView extend(@PathParam("id") InsatsId id, Forlangningsbeslut beslut) {
        return registrering.forlang(caller.require(), id, beslut);
    }

    @POST
    @Path("{id}/avslut")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Avsluta insatsen (slutdatumet är nått, eller ett beslutat tidigare slut); slutrapporten begärs")
    public InsatsView close(@PathParam("id") InsatsId id, Avslutsbeslut beslut) {
        return registrering.avsluta(caller.require(), id, beslut);
    }
}
