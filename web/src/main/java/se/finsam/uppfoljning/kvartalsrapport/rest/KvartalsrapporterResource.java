package se.finsam.uppfoljning.kvartalsrapport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import se.finsam.uppfoljning.kvartalsrapport.boundary.Granskning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Handling;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.RapportView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportlasning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Utkast;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportperioder;

import java.util.List;

/**
 * An insats' quarterly report: read, save the draft, submit, and the office's review. One instance
 * for the application, the path in method parameters: a request-scoped resource made Jersey build
 * it and look up the boundary's EJB reference on every call, which in a profile cost as much as
 * reading the report itself. The caller is request-scoped and injected as a proxy.
 */
@Path("insatser/{insatsId}/kvartalsrapporter/{ar}/{kvartal}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KvartalsrapporterResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    /** Reads without the EJB and its transaction (see {@link Rapportlasning}). */
    @Inject
    Rapportlasning lasning;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Kvartalsrapporten (en tom mall om den inte är påbörjad)")
    public RapportView get(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal) {
        return lasning.rapport(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal));
    }

    @PUT
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Spara utkast; version är den du läste (0 för en ny rapport)")
    public RapportView save(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal, Utkast utkast) {
        return rapportering.spara(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal), utkast);
    }

    @POST
    @Path("inskick")
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Skicka in rapporten till kansliet")
    public RapportView submit(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal, Handling h) {
        return rapportering.skickaIn(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal), version(h));
    }

    @POST
    @Path("retur")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Returnera rapporten med kommentarer per avsnitt")
    public RapportView returnToReporter(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal, Granskning g) {
        return rapportering.returnera(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal), g);
    }

    @POST
    @Path("godkannande")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Godkänn rapporten; den låses")
    public RapportView approve(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal, Handling h) {
        return rapportering.godkann(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal), version(h));
    }

    @POST
    @Path("upplasning")
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Lås upp en godkänd rapport för rättning (registreras i historiken)")
    public RapportView unlock(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal, Handling h) {
        return rapportering.lasUpp(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal), version(h));
    }

    @GET
    @Path("historik")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Ändringshistorik för rapporten")
    public List<AuditView> historik(@PathParam("insatsId") InsatsId insatsId, @PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal) {
        return rapportering.historik(caller.require(), insatsId, Rapportperioder.av(ar.varde(), kvartal));
    }

    private static long version(Handling h) {
        return h == null || h.version() == null ? -1 : h.version();
    }
}
