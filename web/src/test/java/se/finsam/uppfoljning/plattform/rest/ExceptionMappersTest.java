package se.finsam.uppfoljning.plattform.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionMappersTest {

    @Test
    void businessExceptionsKeepTheirCodeStatusAndFields() {
        UppfoljningException e = UppfoljningException.invalid("KVR-003", "Svaret saknas.",
                List.of(new FieldError("mal[0].status", "Status måste anges.")));
        Response r = ExceptionMappers.map(new EJBException(e));
        Problem body = (Problem) r.getEntity();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(body.code()).isEqualTo("KVR-003");
        assertThat(body.fields()).extracting(FieldError::field).containsExactly("mal[0].status");
    }

    @Test
    void eachKindHasItsStatus() {
        assertThat(ExceptionMappers.map(UppfoljningException.forbidden("X", "x")).getStatus()).isEqualTo(403);
        assertThat(ExceptionMappers.map(UppfoljningException.notFound("X", "x")).getStatus()).isEqualTo(404);
        assertThat(ExceptionMappers.map(UppfoljningException.conflict("X", "x")).getStatus()).isEqualTo(409);
    }

    @Test
    void staleVersionsAreConflicts() {
        Response r = ExceptionMappers.map(new EJBException(new OptimisticLockException("stale")));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(((Problem) r.getEntity()).code()).isEqualTo("PLT-409");
    }

    @Test
    void unknownFailuresAreA500WithoutInternals() {
        Response r = ExceptionMappers.map(new IllegalStateException("org.secret.Internal failed at line 42"));
        Problem body = (Problem) r.getEntity();
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(body.detail()).startsWith("Ett oväntat fel inträffade").doesNotContain("org.secret");
    }

    @Test
    void frameworkStatusesGetSwedishMessages() {
        Response r = ExceptionMappers.map(new NotFoundException());
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(((Problem) r.getEntity()).detail()).isEqualTo("Det du söker finns inte.");
    }
}
