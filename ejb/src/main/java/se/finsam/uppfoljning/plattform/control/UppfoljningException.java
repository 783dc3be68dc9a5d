package se.finsam.uppfoljning.plattform.control;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Objects;

/**
 * The one exception type the business layer throws for anything a caller can act on. It carries a
 * stable code ({@code PLT-001}) that tests assert on, a Swedish message for people, and the
 * offending fields. Unchecked and marked for rollback, so a refused operation never leaves half a
 * write behind.
 */
@ApplicationException(rollback = true, inherited = true)
public class UppfoljningException extends RuntimeException {

    private final String code;
    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public UppfoljningException(Kind kind, String code, String message, List<FieldError> fieldErrors) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public UppfoljningException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** What went wrong, in the terms the HTTP boundary maps to a status. */
    public enum Kind {
        INVALID_INPUT, NOT_SIGNED_IN, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    public record FieldError(String field, String message) {
    }

    public static UppfoljningException notFound(String code, String message) {
        return new UppfoljningException(Kind.NOT_FOUND, code, message);
    }

    public static UppfoljningException forbidden(String code, String message) {
        return new UppfoljningException(Kind.FORBIDDEN, code, message);
    }

    public static UppfoljningException conflict(String code, String message) {
        return new UppfoljningException(Kind.CONFLICT, code, message);
    }

    public static UppfoljningException invalid(String code, String message, List<FieldError> fields) {
        return new UppfoljningException(Kind.INVALID_INPUT, code, message, fields);
    }
}
