package se.finsam.uppfoljning.kvartalsrapport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Paminnelser;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Runs the e-mail reminders of the caller's förbund for a given day (they also run every morning). */
@Path("paminnelser/{datum}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaminnelserResource {

    public record Skickade(int skickade) {
    }

    /** The morning's run: how many were sent, or that another node (or an earlier call) already ran that day. */
    public record Morgonkorning(boolean kord, int skickade) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Paminnelser paminnelser;

    @POST
    @RolesAllowed(Roll.KANSLI_ROLE)
    @Operation(summary = "Skicka påminnelser om kvartalsrapporter som de skulle skickas en viss dag (ÅÅÅÅ-MM-DD)")
    public Skickade skicka(@PathParam("datum") String datum) {
        return new Skickade(paminnelser.skicka(caller.require(), dag(datum)));
    }

    @POST
    @Path("morgonkorning")
    @RolesAllowed(Roll.SYSTEMADMIN_ROLE)
    @Operation(summary = "Gör morgonens påminnelser för alla förbund för en dag som missades (en gång per dag, hur många noder som än frågar)")
    public Morgonkorning morgonkorning(@PathParam("datum") String datum) {
        return paminnelser.morgonkorning(caller.require(), dag(datum))
                .map(n -> new Morgonkorning(true, n)).orElse(new Morgonkorning(false, 0));
    }

    private static LocalDate dag(String datum) {
        try {
            return LocalDate.parse(datum);
        } catch (DateTimeParseException e) {
            throw UppfoljningException.withFields(KvartalsrapportFel.OGILTIGT_DATUM,
                    List.of(new UppfoljningException.FieldError("datum", KvartalsrapportFel.OGILTIGT_DATUM.message())));
        }
    }
}
