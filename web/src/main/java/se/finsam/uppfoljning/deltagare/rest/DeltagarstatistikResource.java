package se.finsam.uppfoljning.deltagare.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.StatistikInput;
import se.finsam.uppfoljning.deltagare.boundary.StatistikView;
import se.finsam.uppfoljning.deltagare.control.Regelbrott;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.rest.InsatsResurs;

import java.util.List;

/** An individinsats' participant statistics for a period (halvår 1 = jan–juni, halvår 2 = jan–dec). */
@Path("insatser/{insatsId}/deltagarstatistik/{ar}/{halvar}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeltagarstatistikResource extends InsatsResurs {

    @Inject
    Deltagarstatistiken statistiken;

    @PathParam("ar")
    Ar ar;

    /** 1 or 2; another number is 400 DEL-002, as the statistics refuse a period that is none. */
    @PathParam("halvar")
    int halvar;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Periodens deltagarstatistik, brutna kontrollregler och föregående periods siffror")
    public StatistikView get() {
        return statistiken.hamta(caller.require(), insatsId, Statistikperioder.av(ar.varde(), halvar));
    }

    @PUT
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.RAPPORTOR_ROLE})
    @Operation(summary = "Spara periodens deltagarstatistik (409 om en kontrollregel bryts utan förklaring)")
    public StatistikView put(StatistikInput input) {
        return statistiken.spara(caller.require(), insatsId, Statistikperioder.av(ar.varde(), halvar), input);
    }

    @POST
    @Path("kontroll")
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Kontrollera siffror utan att spara dem: de kontrollregler de bryter")
    public List<Regelbrott> check(StatistikInput input) {
        return statistiken.kontrollera(caller.require(), insatsId, Statistikperioder.av(ar.varde(), halvar), input);
    }
}
