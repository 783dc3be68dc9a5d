package se.finsam.uppfoljning.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.budget.boundary.Beslut;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView.RekvisitionView;
import se.finsam.uppfoljning.budget.boundary.RekvisitionInput;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.rest.InsatsResurs;
import se.finsam.uppfoljning.plattform.rest.Vardetyper;

import java.io.InputStream;

/** Rekvisitioner: the rapportör submits one per quarter (with an attachment if wanted), the office approves or returns it. */
@Path("insatser/{insatsId}/rekvisitioner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RekvisitionerResource extends InsatsResurs {

    @Inject
    Ekonomi ekonomi;

    @POST
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Skicka in en rekvisition för ett kvartal (eller skicka in en returnerad igen)")
    public RekvisitionView submit(RekvisitionInput input) {
        return ekonomi.skickaIn(caller.require(), insatsId, input);
    }

    @PUT
    @Path("{ar}/{kvartal}/bilaga")
    // any claimed type: the type is told from the bytes, never from what the sender says
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Bifoga en PDF- eller XLSX-fil (högst 10 MB) till rekvisitionen; typen avgörs av innehållet")
    @APIResponse(responseCode = "200", description = "Rekvisitionen med sin bilaga.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RekvisitionView.class)))
    public Response attach(@PathParam("ar") Ar ar, @PathParam("kvartal") String kvartal, @QueryParam("filnamn") String filnamn,
                           InputStream body) {
        return BudgetFiler.attach(() -> ekonomi.bifoga(caller.require(), insatsId, Vardetyper.kvartal(ar, kvartal), filnamn, BudgetFiler.read(body)));
    }

    @GET
    @Path("{ar}/{kvartal}/bilaga")
    @Produces({BudgetFiler.PDF, BudgetFiler.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Rekvisitionens bilaga")
    @APIResponse(responseCode = "200", description = "Bilagan som PDF eller XLSX.", content = {
            @Content(mediaType = BudgetFiler.PDF), @Content(mediaType = BudgetFiler.XLSX)})
    public Response attachment(@PathParam("ar") Ar ar, @PathParam("kvartal") String kvartal) {
        return BudgetFiler.download(ekonomi.bilaga(caller.require(), insatsId, Vardetyper.kvartal(ar, kvartal)));
    }

    @POST
    @Path("{ar}/{kvartal}/godkannande")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Godkänn rekvisitionen; beloppet blir utfall")
    public RekvisitionView approve(@PathParam("ar") Ar ar, @PathParam("kvartal") String kvartal, Beslut beslut) {
        return ekonomi.godkann(caller.require(), insatsId, Vardetyper.kvartal(ar, kvartal), beslut);
    }

    @POST
    @Path("{ar}/{kvartal}/retur")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Returnera rekvisitionen med en kommentar")
    public RekvisitionView returnToReporter(@PathParam("ar") Ar ar, @PathParam("kvartal") String kvartal, Beslut beslut) {
        return ekonomi.returnera(caller.require(), insatsId, Vardetyper.kvartal(ar, kvartal), beslut);
    }
}
