package se.finsam.uppfoljning.datapaket.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaketering;
import se.finsam.uppfoljning.datapaket.boundary.Datapaketgranskning;
import se.finsam.uppfoljning.datapaket.boundary.Forhandsgranskning;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.rest.Vardetyper;

/** Half-year data packages (format uppfoljning-datapaket/2, version 1 still imports; schema in docs/datapaket/). */
@Path("datapaket")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatapaketResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Datapaketering datapaketering;

    @Inject
    Datapaketgranskning datapaketgranskning;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Läs in ett datapaket: kontrolleras helt, sedan allt eller inget")
    public Datapaketering.Resultat importera(Datapaket paket) {
        return datapaketering.importera(caller.require(), paket);
    }

    @POST
    @Path("forhandsgranskning")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Förhandsgranska ett datapaket: vad som ändras per insats och om det godtas, utan att något sparas")
    public Forhandsgranskning forhandsgranska(Datapaket paket) {
        return datapaketgranskning.forhandsgranska(caller.require(), paket);
    }

    @GET
    @Path("{ar}/{halvar}")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE})
    @Operation(summary = "Exportera halvårets datapaket")
    public Datapaket exportera(@PathParam("ar") Ar ar, @PathParam("halvar") String halvar) {
        return datapaketering.exportera(caller.require(), Vardetyper.halvar(ar, halvar));
    }
}
