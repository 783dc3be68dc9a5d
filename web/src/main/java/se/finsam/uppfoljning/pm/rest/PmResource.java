package se.finsam.uppfoljning.pm.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.Budgettabeller;
import se.finsam.uppfoljning.pm.boundary.PmTabeller;
import se.finsam.uppfoljning.pm.boundary.Tabell1;
import se.finsam.uppfoljning.pm.boundary.Tabell2;
import se.finsam.uppfoljning.pm.boundary.Tabell3;
import se.finsam.uppfoljning.pm.boundary.Tabell4;

/** The half-year PM's tables, computed from the data. */
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
}
