package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;

/**
 * The one error body of the API (RFC 9457, {@code application/problem+json}): a stable code to
 * program against, a message for people (Swedish, or English when asked: {@link ProblemSprak}), and
 * the offending fields.
 */
public record Problem(String type, String title, int status, String code, String detail, List<FieldError> fields) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String code, String detail, List<FieldError> fields) {
        Problem body = new Problem("about:blank", Response.Status.fromStatusCode(status).getReasonPhrase(),
                status, code, detail, fields);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    /** How a caller without a valid token is told to bring one (RFC 6750). */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"uppfoljning\"";

    /** A refusal from a catalogue, with its own message. */
    public static Response of(Felkod fel) {
        return response(statusOf(fel.kind()), fel.code(), fel.message(), List.of());
    }

    /**
     * The one 401 of the API, wherever it is decided (the JAX-RS gate, the exception mapping, or the
     * authentication mechanism before JAX-RS runs, which writes {@link #unauthorizedJson}).
     */
    public static Response unauthorized() {
        return Response.fromResponse(of(PlattformFel.INTE_INLOGGAD))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    /** The one 403 for a role that does not allow the operation at all. */
    public static Response forbidden() {
        return of(PlattformFel.ROLL_TILLATER_INTE);
    }

    /** The 401 body for code that answers below JAX-RS, on the servlet response itself, in the client's language. */
    public static String unauthorizedJson(java.util.Locale locale) {
        return of(PlattformFel.INTE_INLOGGAD).getEntity() instanceof Problem p ? ProblemSprak.in(p, locale).toJson() : "";
    }

    String toJson() {
        JsonArrayBuilder fieldArray = Json.createArrayBuilder();
        fields.forEach(f -> fieldArray.add(Json.createObjectBuilder().add("field", f.field()).add("message", f.message())));
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("code", code).add("detail", detail).add("fields", fieldArray).build().toString();
    }

    public static Response of(UppfoljningException e) {
        return response(statusOf(e.kind()), e.code(), e.getMessage(), e.fieldErrors());
    }

    static int statusOf(UppfoljningException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case NOT_SIGNED_IN -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
