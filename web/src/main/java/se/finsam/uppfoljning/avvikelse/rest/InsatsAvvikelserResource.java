package se.finsam.uppfoljning.avvikelse.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseInput;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.rest.InsatsResurs;

import java.util.List;

/** An insats' deviation reports: its rapportörer and steering group file them; who reads its reports reads them. */
@Path("insatser/{insatsId}/avvikelser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InsatsAvvikelserResource extends InsatsResurs {

    @Inject
    Avvikelsehantering avvikelser;

    @GET
    @RolesAllowed({Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE, Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Insatsens avvikelserapporter med förbundschefens beslut")
    public List<AvvikelseView> list() {
        return avvikelser.forInsats(caller.require(), insatsId);
    }

    @POST
    @RolesAllowed({Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE})
    @Operation(summary = "Lämna in en avvikelserapport (budget, mål, målgrupp, metod eller antal deltagare)")
    public AvvikelseView file(AvvikelseInput input) {
        return avvikelser.lamnaIn(caller.require(), insatsId, input);
    }
}
