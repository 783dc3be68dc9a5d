package se.finsam.uppfoljning.plattform.web;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SidstatusTest {

    @Test
    void theRefusalInsideWhatFacesWrapsItInGivesTheStatus() {
        UppfoljningException refusal = UppfoljningException.of(PlattformFel.FINNS_INTE);
        Throwable wrapped = new ServletException(new FacesException(new ELException(new EJBException(refusal))));

        assertThat(Sidstatus.refusal(wrapped)).containsSame(refusal);
        assertThat(Sidstatus.refusal(wrapped).orElseThrow().kind().status()).isEqualTo(404);
    }

    @Test
    void aBoundarysBeanValidationIsTheCallersInput() {
        Throwable wrapped = new FacesException(new EJBException(new ConstraintViolationException(Set.of())));

        assertThat(Sidstatus.refusal(wrapped)).hasValueSatisfying(u -> {
            assertThat(u.code()).isEqualTo("PLT-400");
            assertThat(u.kind().status()).isEqualTo(400);
        });
    }

    @Test
    void anythingElseIsNoRefusal() {
        assertThat(Sidstatus.refusal(new ServletException(new FacesException(new IllegalStateException("fel"))))).isEmpty();
    }
}
