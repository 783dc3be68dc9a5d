package se.finsam.uppfoljning.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.budget.boundary.Beslut;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView.RekvisitionView;
import se.finsam.uppfoljning.budget.boundary.RekvisitionInput;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

/** Rekvisitioner: the rapportör submits one per quarter, the office approves or returns it. */
@Path("insatser/{insatsId}/rekvisitioner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RekvisitionerResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Ekonomi ekonomi;

    @PathParam("insatsId")
    long insatsId;

    @POST
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Skicka in en rekvisition för ett kvartal (eller skicka in en returnerad igen)")
    public RekvisitionView submit(RekvisitionInput input) {
        return ekonomi.skickaIn(caller.require(), insatsId, input);
    }

    @POST
    @Path("{ar}/{kvartal}/godkannande")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Godkänn rekvisitionen; beloppet blir utfall")
    public RekvisitionView approve(@PathParam("ar") int ar, @PathParam("kvartal") int kvartal, Beslut beslut) {
        return ekonomi.godkann(caller.require(), insatsId, ar, kvartal, beslut);
    }

    @POST
    @Path("{ar}/{kvartal}/retur")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Returnera rekvisitionen med en kommentar")
    public RekvisitionView returnToReporter(@PathParam("ar") int ar, @PathParam("kvartal") int kvartal, Beslut beslut) {
        return ekonomi.returnera(caller.require(), insatsId, ar, kvartal, beslut);
    }
}
