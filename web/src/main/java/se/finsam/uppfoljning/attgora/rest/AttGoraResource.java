package se.finsam.uppfoljning.attgora.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.attgora.rest.Uppgift.Slag;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Arbetslista;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Bevakning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalslage;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The intranet widget's one call: what the start page lists for the signed-in person, read through
 * the same boundary methods ({@code Bevakning.arbetslista}, {@code Ekonomi.attGranska} and
 * {@code returnerade}, {@code Avvikelsehantering.obeslutade}), each entry with an absolute link
 * into the application (the widget lives on another site). Every role may ask; a role with
 * nothing to do gets an empty list. Other origins may read it only as {@link Intranatsursprung} allows.
 */
@Path(AttGoraResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttGoraResource {

    static final String PATH = "att-gora";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Bevakning bevakning;

    @Inject
    Ekonomi ekonomi;

    @Inject
    Avvikelsehantering avvikelser;

    @Inject
    @ConfigProperty(name = "uppfoljning.publik-url", defaultValue = "http://localhost:8080/uppfoljning")
    String app;

    @GET
    @RolesAllowed({Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE, Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE,
            Roll.RAPPORTDESIGNER_ROLE, Roll.PARTNERADMIN_ROLE, Roll.STYRELSE_ROLE, Roll.SYSTEMADMIN_ROLE})
    @Operation(summary = "Att göra för den inloggade (intranätets widget): rapporter att lämna, returnerade, "
            + "att granska och sena, rekvisitioner och avvikelser som väntar, var och en med länk")
    public AttGora attGora() {
        Caller caller = currentCaller.require();
        Arbetslista lista = bevakning.arbetslista(caller);
        List<Uppgift> uppgifter = new ArrayList<>();
        uppgifter.addAll(rapporter(Slag.RAPPORT_ATT_LAMNA, lista.attLamna()));
        uppgifter.addAll(rapporter(Slag.RAPPORT_RETURNERAD, lista.returnerade()));
        uppgifter.addAll(rapporter(Slag.RAPPORT_ATT_GRANSKA, lista.attGranska()));
        uppgifter.addAll(rapporter(Slag.RAPPORT_SEN, lista.sena()));
        boolean iForbund = caller.forbund().isPresent();
        if (iForbund && caller.has(Roll.KANSLI)) {
            uppgifter.addAll(rekvisitioner(Slag.REKVISITION_ATT_GRANSKA, ekonomi.attGranska(caller)));
        }
        uppgifter.addAll(rekvisitioner(Slag.REKVISITION_RETURNERAD, ekonomi.returnerade(caller)));
        if (iForbund && caller.has(Roll.FORBUNDSCHEF)) {
            uppgifter.addAll(map(avvikelser.obeslutade(caller), a -> new Uppgift(Slag.AVVIKELSE_ATT_BESLUTA,
                    a.insatsId(), a.insats(), a.ar(), null, null, null, false, sida("avvikelse.xhtml?id=" + a.id()))));
        }
        return new AttGora(caller.username(), uppgifter);
    }

    private List<Uppgift> rapporter(Slag slag, List<Kvartalslage> rader) {
        return map(rader, k -> new Uppgift(slag, k.insatsId(), k.insats(), k.ar(), k.kvartal(), k.status(), k.frist(), k.sen(),
                sida("kvartalsrapport.xhtml?insats=" + k.insatsId() + "&ar=" + k.ar() + "&kvartal=" + k.kvartal())));
    }

    private List<Uppgift> rekvisitioner(Slag slag, List<EkonomiView.Uppgift> rader) {
        return map(rader, r -> new Uppgift(slag, r.insatsId(), r.insats(), r.ar(), r.kvartal(), null, null, false,
                sida("ekonomi.xhtml?insats=" + r.insatsId() + "&ar=" + r.ar())));
    }

    private String sida(String relativ) {
        return (app.endsWith("/") ? app : app + "/") + relativ;
    }

    private static <T> List<Uppgift> map(List<T> rader, Function<T, Uppgift> uppgift) {
        return rader.stream().map(uppgift).toList();
    }
}
