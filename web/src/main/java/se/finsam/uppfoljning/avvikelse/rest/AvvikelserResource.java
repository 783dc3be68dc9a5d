package se.finsam.uppfoljning.avvikelse.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.avvikelse.boundary.BeslutInput;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/** Deviation reports across insatser: the förbundschef's queue, one deviation, and the decision on it. */
@Path("avvikelser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvvikelserResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Avvikelsehantering avvikelser;

    @GET
    @Path("obeslutade")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Förbundets obeslutade avvikelser, äldst först")
    public List<AvvikelseView> undecided() {
        return avvikelser.obeslutade(caller.require());
    }

    @GET
    @Path("{avvikelseId}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "En avvikelserapport med beslut")
    public AvvikelseView get(@PathParam("avvikelseId") long id) {
        return avvikelser.get(caller.require(), id);
    }

    @GET
    @Path("{avvikelseId}/historik")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Ändringshistorik för avvikelsen och de överföringar dess beslut bokade")
    public List<AuditView> history(@PathParam("avvikelseId") long id) {
        return avvikelser.historik(caller.require(), id);
    }

    @POST
    @Path("{avvikelseId}/beslut")
    @RolesAllowed(Roll.FORBUNDSCHEF_ROLE)
    @Operation(summary = "Förbundschefens beslut (godkänn, godkänn delvis med belopp, avslå) eller rättelse av ett beslut")
    public AvvikelseView decide(@PathParam("avvikelseId") long id, BeslutInput input) {
        return avvikelser.besluta(caller.require(), id, input);
    }
}
