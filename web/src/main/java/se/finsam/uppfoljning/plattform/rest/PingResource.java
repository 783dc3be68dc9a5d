package se.finsam.uppfoljning.plattform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A bare endpoint: signed in, no business logic, no database. The API benchmark compares the real
 * endpoints with it; operations staff can use it to check that a token is accepted.
 */
@Path("ping")
@RequestScoped
public class PingResource {

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Svarar ok för en inloggad anropare")
    public Pong ping() {
        return Pong.OK;
    }

    public record Pong(String status) {
        static final Pong OK = new Pong("ok");
    }
}
