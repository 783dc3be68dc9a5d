package se.finsam.uppfoljning.pm.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.Utveckling;
import se.finsam.uppfoljning.pm.boundary.Utvecklingen;

import java.util.List;

/**
 * Utveckling: the PM's figures over every half-year with data, for the förbund and per insats, as
 * JSON and as XLSX. {@code ?insats=} (repeated) chooses the insatser to compare.
 */
@Path("utveckling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UtvecklingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentCaller caller;

    @Inject
    Utveckling utveckling;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Förbrukningskvot, inregistrerade, avslutade, pågående och andel till arbete/studier (K/M) "
            + "per halvår med data, för förbundet och per insats, exakt som varje halvårs PM (det fastställda där det finns); "
            + "styrgrupper ser sina egna insatser")
    public Utvecklingen serier(@QueryParam("insats") List<InsatsId> insatser) {
        return utveckling.serier(caller.require(), insatser);
    }

    @GET
    @Path("xlsx")
    @Produces({XLSX, "application/problem+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Samma serier som XLSX: en rad per serie och halvår")
    @APIResponse(responseCode = "200", description = "Serierna som XLSX.", content = @Content(mediaType = XLSX))
    public Response xlsx(@QueryParam("insats") List<InsatsId> insatser) {
        return Response.ok(utveckling.xlsx(caller.require(), insatser), XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"utveckling.xlsx\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
