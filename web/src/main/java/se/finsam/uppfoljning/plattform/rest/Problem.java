package se.finsam.uppfoljning.plattform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;

/**
 * The one error body of the API (RFC 9457, {@code application/problem+json}): a stable code to
 * program against, a Swedish message for people, and the offending fields.
 */
public record Problem(String type, String title, int status, String code, String detail, List<FieldError> fields) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String code, String detail, List<FieldError> fields) {
        Problem body = new Problem("about:blank", Response.Status.fromStatusCode(status).getReasonPhrase(),
                status, code, detail, fields);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
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
