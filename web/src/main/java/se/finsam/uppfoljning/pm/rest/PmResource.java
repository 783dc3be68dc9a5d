package se.finsam.uppfoljning.pm.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.Berattelser;
import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.boundary.PmTabeller;
import se.finsam.uppfoljning.pm.boundary.PmTextInput;
import se.finsam.uppfoljning.pm.boundary.PmTextView;
import se.finsam.uppfoljning.pm.control.PmFil;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.boundary.Tabell1;
import se.finsam.uppfoljning.pm.boundary.Tabell2;
import se.finsam.uppfoljning.pm.boundary.Budgettabeller;
import se.finsam.uppfoljning.pm.boundary.Tabell3;
import se.finsam.uppfoljning.pm.boundary.Tabell4;

import java.util.List;

/**
 * The half-year PM: its tables computed from the data, the document as PDF, DOCX or XLSX, and the
 * narrative sections the office writes. Documents and texts are drafts until freezing exists: the
 * kansli and the förbundschef read them; the board gets 404 (no frozen PM) for the documents.
 */
@Path("pm/{ar}/{halvar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PmResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PmTabeller tabeller;

    @Inject
    Budgettabeller budgettabeller;

    @Inject
    PmDokument dokument;

    @Inject
    PmFiler filer;

    @Inject
    Berattelser berattelser;

    @PathParam("ar")
    int ar;

    @PathParam("halvar")
    int halvar;

    @GET
    @Path("insatser")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 1 Insatser, med antalen i sammanfattningen")
    public Tabell1 insatser() {
        return tabeller.tabell1(caller.require(), ar, halvar);
    }

    @GET
    @Path("mal")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 2 Nuläge mål")
    public Tabell2 mal() {
        return tabeller.tabell2(caller.require(), ar, halvar);
    }

    @GET
    @Path("forutsattningar")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 3 Förutsättningar för utfall")
    public Tabell3 forutsattningar() {
        return budgettabeller.tabell3(caller.require(), ar, halvar);
    }

    @GET
    @Path("budget")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 4 Prognos och utfall budget")
    public Tabell4 budget() {
        return budgettabeller.tabell4(caller.require(), ar, halvar);
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:et som PDF (taggad, svenska, typsnitt inbäddade)")
    @APIResponse(responseCode = "200", description = "PM:et som PDF.", content = @Content(mediaType = "application/pdf"))
    public Response pdf() {
        return fil(PmFormat.PDF);
    }

    @GET
    @Path("docx")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:et som DOCX, för vidare redigering")
    @APIResponse(responseCode = "200", description = "PM:et som DOCX.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    public Response docx() {
        return fil(PmFormat.DOCX);
    }

    @GET
    @Path("xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:ets tabeller som XLSX, ett blad per tabell")
    @APIResponse(responseCode = "200", description = "PM:ets tabeller som XLSX.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    public Response xlsx() {
        return fil(PmFormat.XLSX);
    }

    @GET
    @Path("texter")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "PM:ets berättande avsnitt, med förra PM:ets text som förslag där inget skrivits")
    public List<PmTextView> texter() {
        return berattelser.texter(caller.require(), ar, halvar);
    }

    @PUT
    @Path("texter/{avsnitt}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Spara ett avsnitts text mot den version som lästes (409 om någon annan hunnit spara)")
    public PmTextView sparaText(@PathParam("avsnitt") String avsnitt, PmTextInput text) {
        return berattelser.spara(caller.require(), ar, halvar, avsnitt, text);
    }

    /**
     * The document as a download. The media types above also name JSON: a refusal is a problem body,
     * and a client that accepts only JSON (as the API's tests do) still reaches the access checks.
     */
    private Response fil(PmFormat format) {
        Caller c = caller.require();
        PmFil fil = filer.render(dokument.rapport(c, ar, halvar), c.requireForbund(), format);
        return Response.ok(fil.innehall(), format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, fil.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Layoutversioner", fil.layoutversionerText())
                .build();
    }

    private static final String PROBLEM = "application/problem+json";
}
