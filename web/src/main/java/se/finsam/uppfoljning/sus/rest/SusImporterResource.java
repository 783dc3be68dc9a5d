package se.finsam.uppfoljning.sus.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.sus.SusFel;
import se.finsam.uppfoljning.sus.boundary.SusImport;
import se.finsam.uppfoljning.sus.boundary.SusImportHistorik;
import se.finsam.uppfoljning.sus.boundary.SusImportResultat;
import se.finsam.uppfoljning.sus.boundary.SusImportStatus;
import se.finsam.uppfoljning.sus.control.SusFil;
import se.finsam.uppfoljning.sus.control.Uttagsdatum;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The SUS import (office only): upload an export in the column profile's layout
 * ({@code docs/sus/kolumnprofil-v1.md}), poll its check, commit the preview all or nothing.
 * The file is the request body as it is (Excel or CSV; the format is read from the content).
 */
@Path("sus-importer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SusImporterResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PROBLEM = "application/problem+json";

    @Inject
    CurrentCaller caller;

    @Inject
    SusImport susImport;

    @POST
    // any type: the content is sniffed, never taken from the header
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, XLSX, "text/csv", MediaType.WILDCARD})
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Ladda upp en SUS-export: hela filen kontrolleras (i bakgrunden, eller direkt med vanta=true) och förhandsgranskas; inget skrivs")
    @APIResponse(responseCode = "201", description = "Filen är mottagen och granskas; följ granskningen på adressen i Location (GET /sus-importer/{id}).",
            content = @Content(schema = @Schema(implementation = SusImportStatus.class)))
    // the period as plain numbers, not Ar: here it is an optional query part whose absence has its own
    // code (DEL-135), and a converter answers an absent year with PLT-425 before the import can say so
    public Response ladda(InputStream fil, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri, @QueryParam("ar") Integer ar, @QueryParam("halvar") Integer halvar,
                          @QueryParam("uttagsdatum") String uttagsdatum, @QueryParam("filnamn") String filnamn,
                          @QueryParam("vanta") @DefaultValue("false") boolean vanta) {
        LocalDate uttag = Uttagsdatum.tolka(uttagsdatum);
        byte[] innehall = las(fil);
        SusImportStatus status = susImport.starta(caller.require(), innehall, filnamn,
                ar == null || halvar == null ? null : Statistikperioder.av(ar, halvar), uttag, vanta);
        return Response.created(uri.getBaseUriBuilder().path("sus-importer").path(status.id()).build()).entity(status).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "En uppladdad SUS-fils granskning: framsteg, fel per rad och kolumn, ändringar per insats")
    public SusImportStatus status(@PathParam("id") String id) {
        return susImport.status(caller.require(), id);
    }

    @POST
    @Path("{id}/genomforande")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Läs in en förhandsgranskad SUS-fil: allt eller inget")
    public SusImportResultat genomfor(@PathParam("id") String id) {
        return susImport.genomfor(caller.require(), id);
    }

    @GET
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Förbundets inlästa SUS-filer, senaste först")
    public List<SusImportHistorik> historik() {
        return susImport.historik(caller.require());
    }

    @GET
    @Path("mall")
    @Produces({XLSX, "text/csv", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "En tom fil i kolumnprofilens layout (xlsx, eller csv med format=csv)")
    @APIResponse(responseCode = "200", description = "Mallen.", content = @Content(mediaType = XLSX))
    public Response mall(@QueryParam("format") @DefaultValue("xlsx") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_OGILTIG_BEGARAN, "Format är xlsx eller csv.");
        }
        byte[] fil = susImport.mall(caller.require(), csv);
        return Response.ok(fil, csv ? "text/csv; charset=UTF-8" : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sus-kolumnprofil-v1." + (csv ? "csv" : "xlsx") + "\"")
                .build();
    }

    /** Reads at most the file cap (and one byte more, to know it is too large); never the rest. */
    private static byte[] las(InputStream in) {
        try {
            byte[] b = in == null ? new byte[0] : in.readNBytes(SusFil.MAX_BYTES + 1);
            if (b.length > SusFil.MAX_BYTES) {
                throw UppfoljningException.of(SusFel.SUS_FOR_STOR, SusFil.MAX_MB);
            }
            return b;
        } catch (IOException e) {
            throw UppfoljningException.of(SusFel.SUS_SKADAD, "överföringen avbröts");
        }
    }
}
