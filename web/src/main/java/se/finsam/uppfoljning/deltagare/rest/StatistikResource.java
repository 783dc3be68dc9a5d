package se.finsam.uppfoljning.deltagare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabeller;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;

/** The participant tables of a period over the individinsatser the caller may see. */
@Path("statistik/{ar}/{halvar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatistikResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Deltagartabeller tabeller;

    @GET
    @Path("tabeller")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Tabellerna deltagare, utfall, anonyma, avslutningsanledningar och målgrupp för perioden")
    public Deltagartabellerna get(@PathParam("ar") Ar ar, @PathParam("halvar") int halvar) {
        return tabeller.tabeller(caller.require(), Statistikperioder.av(ar.varde(), halvar));
    }
}
