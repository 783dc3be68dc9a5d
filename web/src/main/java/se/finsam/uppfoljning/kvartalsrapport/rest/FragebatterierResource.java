package se.finsam.uppfoljning.kvartalsrapport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragaView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragebatteriView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Fragebatterier;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.Ar;

import java.util.List;

/** The quality questions of the quarterly report, per year and the quarter they apply from. */
@Path("fragebatterier/{ar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FragebatterierResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Fragebatterier fragebatterier;

    @PathParam("ar")
    Ar ar;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.STYRELSE_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Årets frågebatterier")
    public List<FragebatteriView> list() {
        return fragebatterier.ar(caller.require(), ar);
    }

    @PUT
    @Path("{franKvartal}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Lägg till eller formulera om frågor i frågebatteriet från ett kvartal")
    public FragebatteriView save(@PathParam("franKvartal") int franKvartal,
                                 @Parameter(description = "Versionen du läste (0 för ett nytt frågebatteri); utan den prövas inte om någon annan har sparat sedan")
                                 @QueryParam("version") Long version, List<FragaView> fragor) {
        return fragebatterier.spara(caller.require(), ar, franKvartal, version, fragor);
    }
}
