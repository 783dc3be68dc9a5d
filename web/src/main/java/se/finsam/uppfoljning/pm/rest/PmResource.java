package se.finsam.uppfoljning.pm.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.rest.Vardetyper;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.Berattelser;
import se.finsam.uppfoljning.pm.boundary.Lucka;
import se.finsam.uppfoljning.pm.boundary.PmLuckor;
import se.finsam.uppfoljning.pm.boundary.Faststallande;
import se.finsam.uppfoljning.pm.boundary.PmAndringar;
import se.finsam.uppfoljning.pm.boundary.PmKalla;
import se.finsam.uppfoljning.pm.boundary.PmStatistikkalla;
import se.finsam.uppfoljning.pm.boundary.Proveniens;
import se.finsam.uppfoljning.pm.boundary.PmStatus;
import se.finsam.uppfoljning.pm.boundary.PmUnderlag;
import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.boundary.PmTabeller;
import se.finsam.uppfoljning.pm.boundary.PmTextInput;
import se.finsam.uppfoljning.pm.boundary.PmTextView;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmFil;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.control.PmUtgava;
import se.finsam.uppfoljning.pm.boundary.Tabell1;
import se.finsam.uppfoljning.pm.boundary.Tabell2;
import se.finsam.uppfoljning.pm.boundary.Budgettabeller;
import se.finsam.uppfoljning.pm.boundary.Tabell3;
import se.finsam.uppfoljning.pm.boundary.Tabell4;

import java.util.List;

/**
 * The half-year PM: its tables computed from the data, the document as PDF, DOCX or XLSX, and the
 * narrative sections the office writes, freezing and the changes since. Until it is frozen a PM is a
 * draft that the kansli and the förbundschef read; the board gets 404 (no frozen PM) until freezing,
 * and then reads the frozen PM's documents and tables.
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
    Faststallande faststallande;

    @Inject
    Proveniens proveniens;

    @Inject
    Berattelser berattelser;

    @Inject
    PmLuckor luckor;

    @PathParam("ar")
    Ar ar;

    /** Checked with the year into a {@link Halvar} by {@link #h()} (400 PLT-425 for one that is none). */
    @PathParam("halvar")
    String halvar;

    @GET
    @Path("insatser")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 1 Insatser, med antalen i sammanfattningen")
    public Tabell1 insatser() {
        Caller c = caller.require();
        return dokument.tabell(c, h(), PmUnderlag::tabell1, () -> tabeller.tabell1(c, h()));
    }

    @GET
    @Path("mal")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 2 Nuläge mål")
    public Tabell2 mal() {
        Caller c = caller.require();
        return dokument.tabell(c, h(), PmUnderlag::tabell2, () -> tabeller.tabell2(c, h()));
    }

    @GET
    @Path("forutsattningar")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 3 Förutsättningar för utfall")
    public Tabell3 forutsattningar() {
        Caller c = caller.require();
        return dokument.tabell(c, h(), PmUnderlag::tabell3, () -> budgettabeller.tabell3(c, h()));
    }

    @GET
    @Path("budget")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTDESIGNER_ROLE})
    @Operation(summary = "Tabell 4 Prognos och utfall budget")
    public Tabell4 budget() {
        Caller c = caller.require();
        return dokument.tabell(c, h(), PmUnderlag::tabell4, () -> budgettabeller.tabell4(c, h()));
    }

    @GET
    @Path("luckor")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Vad PM:et ännu saknar: kvartalsrapporter, statistik, budget, obeslutade avvikelser och texter, "
            + "var och en en gång med länk till sidan där den åtgärdas")
    public List<Lucka> luckor() {
        return luckor.luckor(caller.require(), h());
    }

    @GET
    @Path("status")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "Utkast eller fastställt: vem som fastställde PM:et, när och med vilken layoutversion")
    public PmStatus status() {
        return faststallande.status(caller.require(), h());
    }

    @POST
    @Path("faststallande")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Fastställ PM:et: underlaget, layoutversionen och filerna sparas och ändras inte mer (409 om redan fastställt)")
    public PmStatus faststall() {
        return faststallande.faststall(caller.require(), h());
    }

    @GET
    @Path("andringar")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Vad i dagens uppgifter som skiljer sig från det fastställda PM:et, fält för fält (404 om inte fastställt)")
    public PmAndringar andringar() {
        return faststallande.andringar(caller.require(), h());
    }

    @GET
    @Path("proveniens/tabell4/{insatsId}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Underlaget för tabell 4:s förbrukningskvot för en insats: de godkända rekvisitionerna "
            + "(vem som skickade in och godkände, när) och årets budget med överföringar")
    public PmKalla proveniensKvot(@PathParam("insatsId") long insatsId) {
        return proveniens.kvot(caller.require(), h(), iTabell4(insatsId));
    }

    @GET
    @Path("proveniens/tabell6/{kolumn}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Underlaget för tabell 6:s summor (K, M, S:a) i en kolumn (inregistrerade, avslutade, "
            + "avslutade-hela-perioden, pagaende): varje individinsats rad med källa (inmatning, SUS-import med "
            + "uttagsdatum, datapaket), vem som registrerade den och när")
    public PmStatistikkalla proveniensTabell6(@PathParam("kolumn") String kolumn) {
        return proveniens.tabell6(caller.require(), h(), kolumn);
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:et som PDF (taggad, svenska, typsnitt inbäddade)")
    @APIResponse(responseCode = "200", description = "PM:et som PDF.", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@QueryParam("utgava") String utgava) {
        return fil(PmFormat.PDF, utgava);
    }

    @GET
    @Path("docx")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:et som DOCX, för vidare redigering")
    @APIResponse(responseCode = "200", description = "PM:et som DOCX.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    public Response docx(@QueryParam("utgava") String utgava) {
        return fil(PmFormat.DOCX, utgava);
    }

    @GET
    @Path("xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PROBLEM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE})
    @Operation(summary = "PM:ets tabeller som XLSX, ett blad per tabell")
    @APIResponse(responseCode = "200", description = "PM:ets tabeller som XLSX.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    public Response xlsx(@QueryParam("utgava") String utgava) {
        return fil(PmFormat.XLSX, utgava);
    }

    @GET
    @Path("texter")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "PM:ets berättande avsnitt, med förra PM:ets text som förslag där inget skrivits")
    public List<PmTextView> texter() {
        return berattelser.texter(caller.require(), h());
    }

    @PUT
    @Path("texter/{avsnitt}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Spara ett avsnitts text mot den version som lästes (409 om någon annan hunnit spara)")
    public PmTextView sparaText(@PathParam("avsnitt") String avsnitt, PmTextInput text) {
        return berattelser.spara(caller.require(), h(), avsnitt, text);
    }

    /**
     * The document as a download. The media types above also name JSON: a refusal is a problem body,
     * and a client that accepts only JSON (as the API's tests do) still reaches the access checks.
     * {@code ?utgava=intern|offentlig} chooses the edition; without it the board gets the public one.
     */
    private Response fil(PmFormat format, String utgava) {
        Caller c = caller.require();
        PmUtgava u = utgava == null ? PmDokument.standardutgava(c) : PmUtgava.avkoda(utgava);
        PmFil fil = dokument.fil(c, h(), format, u);
        return Response.ok(fil.innehall(), format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, fil.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Layoutversioner", fil.layoutversionerText())
                .header("X-Utgava", u.text())
                .build();
    }

    private Halvar h() {
        return Vardetyper.halvar(ar, halvar);
    }

    /**
     * An id that names no insats (0, say) names no row of table 4 either: 404 {@code PM-010}, as for
     * any insats the table does not hold, rather than a malformed address.
     */
    private InsatsId iTabell4(long insatsId) {
        if (insatsId <= 0) {
            throw UppfoljningException.of(PmFel.INTE_I_TABELLEN, String.valueOf(insatsId), "4", PmAtkomst.namn(h()));
        }
        return new InsatsId(insatsId);
    }

    private static final String PROBLEM = "application/problem+json";
}
