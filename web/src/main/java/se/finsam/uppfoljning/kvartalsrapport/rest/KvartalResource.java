package se.finsam.uppfoljning.kvartalsrapport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.kvartalsrapport.boundary.AttLamna;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.OversiktView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportperioder;

import java.util.List;

/** Views across insatser: the office's quarter overview, and a rapportör's reports due. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KvartalResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    @GET
    @Path("kvartal/{ar}/{kvartal}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Inlämning per insats för ett kvartal: status, sen, trafikljus")
    public OversiktView oversikt(@PathParam("ar") Ar ar, @PathParam("kvartal") int kvartal) {
        return rapportering.oversikt(caller.require(), Rapportperioder.av(ar.varde(), kvartal));
    }

    @GET
    @Path("mina-rapporter")
    @RolesAllowed(Roll.RAPPORTOR_ROLE)
    @Operation(summary = "Rapporter att lämna: dina rapporter som inte är inskickade, med frist")
    public List<AttLamna> attLamna() {
        return rapportering.attLamna(caller.require());
    }
}
