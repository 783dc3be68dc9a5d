package se.finsam.uppfoljning.plattform.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;
import java.util.logging.Logger;

/**
 * The central mapping from exceptions to problem bodies. Nothing reaches the client as a stack
 * trace: what is not recognised is logged with an id and answered with that id.
 */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    static Response map(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof UppfoljningException u) {
            if (PlattformFel.FOR_STOR.code().equals(u.code())) {
                // the rest of a too-large body is never read, so the connection cannot carry another
                // request: without this a client reusing it waits for an answer that never comes
                return Response.fromResponse(Problem.of(u)).header("Connection", "close").build();
            }
            return Problem.of(u);
        }
        if (cause instanceof ConstraintViolationException cve) {
            List<FieldError> fields = cve.getConstraintViolations().stream()
                    .map(v -> new FieldError(field(v), v.getMessage())).sorted(
                            java.util.Comparator.comparing(FieldError::field)).toList();
            return Problem.response(400, PlattformFel.OGILTIGA_UPPGIFTER.code(), PlattformFel.OGILTIGA_UPPGIFTER.message(), fields);
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(PlattformFel.ANDRAD_AV_NAGON_ANNAN);
        }
        if (isUnreadableBody(cause)) {
            // a body the server's own JSON-B could not read (types JsonBodyReader does not take)
            return Problem.of(PlattformFel.INTE_JSON);
        }
        if (cause instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return switch (status) {
                case 401 -> Problem.unauthorized();
                case 403 -> Problem.forbidden();
                case 404 -> Problem.of(PlattformFel.FINNS_INTE);
                default -> Problem.response(status, "PLT-" + status, swedish(status), List.of());
            };
        }
        String incident = se.finsam.uppfoljning.plattform.web.Incident.log(LOG, cause);
        return Problem.response(500, "PLT-500",
                "Ett oväntat fel inträffade. Ange felkod " + incident + " om du kontaktar supporten.", List.of());
    }

    private static Throwable unwrap(Throwable e) {
        // the server wraps what a body reader throws; the application's own refusal is inside
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UppfoljningException) {
                return c;
            }
        }
        Throwable t = e;
        while ((t instanceof EJBException || t instanceof jakarta.transaction.RollbackException
                || t instanceof jakarta.ejb.EJBTransactionRolledbackException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof jakarta.persistence.PersistenceException && t.getCause() instanceof OptimisticLockException o) {
            return o;
        }
        return t;
    }

    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.json.bind.JsonbException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    private static String field(ConstraintViolation<?> v) {
        // "register.arg1.namn" -> "namn": the client knows its own body, not our parameter positions
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }


    private static String swedish(int status) {
        return switch (status) {
            case 400 -> "Begäran kunde inte tolkas.";
            case 401 -> "Du behöver logga in.";
            case 403 -> "Du har inte behörighet till detta.";
            case 404 -> "Det du söker finns inte.";
            case 405 -> "Metoden stöds inte för denna adress.";
            case 406, 415 -> "Formatet stöds inte. Använd JSON.";
            default -> "Begäran kunde inte utföras.";
        };
    }

    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return map(e);
        }
    }

    /** A more specific mapper than the server's built-in one for Bean Validation. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return map(e);
        }
    }
}
