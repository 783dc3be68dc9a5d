package se.finsam.uppfoljning.layout.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.layout.boundary.AnvandningView;
import se.finsam.uppfoljning.layout.boundary.GranskningView;
import se.finsam.uppfoljning.layout.boundary.LayoutVersionView;
import se.finsam.uppfoljning.layout.boundary.LayoutView;
import se.finsam.uppfoljning.layout.boundary.Layouter;
import se.finsam.uppfoljning.layout.boundary.NyLayoutversion;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.reports.PmKatalog;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.rest.Vardetyper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout library (issue 11). Report designers upload, check, publish and roll back; the office
 * reads and previews. A source goes up as JSON ({@link NyLayoutversion}: the .jrxml as text, decoded
 * like every body) and comes down as the .jrxml itself ({@code application/xml}); previews are PDF.
 */
@Path("layouter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LayouterResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String XML = "application/xml";

    @Inject
    CurrentCaller caller;

    @Inject
    Layouter layouter;

    @GET
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "PM:ets layouter med publicerad och senaste version")
    public List<LayoutView> lista() {
        return layouter.lista(caller.require());
    }

    @GET
    @Path("katalog")
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "Fältkatalogen: varje fält, parameter och underrapportdatakälla som PM:et erbjuder, med typ och beskrivning")
    public List<PmKatalog.Layoutkatalog> katalog() {
        return layouter.katalog(caller.require());
    }

    @GET
    @Path("anvandning/{ar}/{halvar}")
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "Vilka layoutversioner som renderade halvårets PM, senaste först")
    public List<AnvandningView> anvandning(@PathParam("ar") Ar ar, @PathParam("halvar") String halvar) {
        return layouter.anvandning(caller.require(), Vardetyper.halvar(ar, halvar));
    }

    @GET
    @Path("{namn}/versioner")
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "En layouts versioner; version 1 är byggets egen")
    public List<LayoutVersionView> versioner(@PathParam("namn") String namn) {
        return layouter.versioner(caller.require(), namn);
    }

    @GET
    @Path("{namn}/exempeldata")
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "Exempeldata för layouten, för en dataadapter i Jaspersoft Studio")
    @APIResponse(responseCode = "200", description = "Exempeldata som JSON-fil.", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response exempeldata(@PathParam("namn") String namn) {
        Map<String, Object> data = layouter.exempeldata(caller.require(), namn);
        return Response.ok(data, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + namn + "-exempeldata.json\"").build();
    }

    @GET
    @Path("{namn}/jrxml")
    @Produces({XML, PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "Den publicerade versionens .jrxml, att redigera i Jaspersoft Studio")
    @APIResponse(responseCode = "200", description = "Layoutens källa.", content = @Content(mediaType = XML))
    public Response publiceradJrxml(@PathParam("namn") String namn) {
        return jrxml(namn, layouter.jrxml(caller.require(), namn, Optional.empty()));
    }

    @GET
    @Path("{namn}/versioner/{version}/jrxml")
    @Produces({XML, PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "En versions .jrxml")
    @APIResponse(responseCode = "200", description = "Versionens källa.", content = @Content(mediaType = XML))
    public Response versionJrxml(@PathParam("namn") String namn, @PathParam("version") int version) {
        return jrxml(namn, layouter.jrxml(caller.require(), namn, Optional.of(version)));
    }

    @POST
    @Path("{namn}/granskning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.RAPPORTDESIGNER_ROLE)
    @Operation(summary = "Granska en .jrxml utan att spara den: fynden med radnummer")
    public GranskningView granska(@PathParam("namn") String namn, NyLayoutversion kalla) {
        return layouter.granska(caller.require(), namn, kalla.jrxml().getBytes(StandardCharsets.UTF_8));
    }

    @POST
    @Path("{namn}/versioner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.RAPPORTDESIGNER_ROLE)
    @Operation(summary = "Ladda upp en ny version (ett utkast); en layout som inte klarar granskningen avvisas med fynden (LAY-003)")
    @APIResponse(responseCode = "201", description = "Versionen är sparad som utkast.",
            content = @Content(schema = @Schema(implementation = LayoutVersionView.class)))
    public Response laddaUpp(@PathParam("namn") String namn, NyLayoutversion ny, @Context UriInfo uri) {
        LayoutVersionView v = layouter.laddaUpp(caller.require(), namn, ny.jrxml().getBytes(StandardCharsets.UTF_8), ny.kommentar());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.version())).build()).entity(v).build();
    }

    @GET
    @Path("{namn}/versioner/{version}/forhandsgranskning")
    @Produces({"application/pdf", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.RAPPORTDESIGNER_ROLE, Roll.KANSLI_ROLE})
    @Operation(summary = "Förhandsgranska en version som PDF: hela PM:et med exempeldata, eller med ett halvårs data (ar, halvar)")
    @APIResponse(responseCode = "200", description = "PM:et som PDF med versionen.", content = @Content(mediaType = "application/pdf"))
    public Response forhandsgranska(@PathParam("namn") String namn, @PathParam("version") int version,
                                    @QueryParam("ar") Ar ar, @QueryParam("halvar") String halvar) {
        byte[] pdf = layouter.forhandsgranska(caller.require(), namn, version,
                ar == null || halvar == null ? null : Vardetyper.halvar(ar, halvar));
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + namn + "-v" + version + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @POST
    @Path("{namn}/versioner/{version}/publicering")
    @RolesAllowed(Roll.RAPPORTDESIGNER_ROLE)
    @Operation(summary = "Publicera versionen, eller återställ en tidigare: nästa PM renderas med den (forvantad: den version du såg som publicerad)")
    public LayoutVersionView publicera(@PathParam("namn") String namn, @PathParam("version") int version,
                                       @QueryParam("forvantad") Integer forvantad) {
        return layouter.publicera(caller.require(), namn, version, forvantad);
    }

    private static Response jrxml(String namn, String text) {
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), XML + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + namn + ".jrxml\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
