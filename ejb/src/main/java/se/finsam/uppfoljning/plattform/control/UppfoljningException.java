package se.finsam.uppfoljning.plattform.control;

import jakarta.ejb.ApplicationException;
import se.finsam.uppfoljning.plattform.Felkod;

import java.util.List;
import java.util.Objects;

/**
 * The one exception type the business layer throws for anything a caller can act on. It carries an
 * entry of its component's error catalogue (a {@link Felkod}: a stable code such as {@code KVR-004}
 * that tests assert on, and the kind), a Swedish message for people, and the offending fields.
 * Unchecked and marked for rollback, so a refused operation never leaves half a write behind.
 */
@ApplicationException(rollback = true, inherited = true)
public class UppfoljningException extends RuntimeException {

    private final String code;
    private final Kind kind;
    private final List<FieldError> fieldErrors;

    /**
     * @param message the catalogue's template filled in, or a wording that says more about this
     *                case; the code stays the catalogue's
     */
    public UppfoljningException(Felkod fel, String message, List<FieldError> fieldErrors) {
        this(fel.kind(), fel.code(), message, fieldErrors);
        Oversattning.kand(fel); // a case-specific wording still has its entry's English to fall back on
    }

    /** @deprecated a bare code bypasses the catalogues; use a {@link Felkod}. Kept for tests. */
    @Deprecated
    public UppfoljningException(Kind kind, String code, String message, List<FieldError> fieldErrors) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** @deprecated a bare code bypasses the catalogues; use a {@link Felkod}. Kept for tests. */
    @Deprecated
    public UppfoljningException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    /** The refusal with the catalogue's message, {@code args} filled into its template. */
    public static UppfoljningException of(Felkod fel, Object... args) {
        return new UppfoljningException(fel, fel.message(args), List.of());
    }

    /** The refusal with the catalogue's message and the fields it concerns. */
    public static UppfoljningException withFields(Felkod fel, List<FieldError> fields, Object... args) {
        return new UppfoljningException(fel, fel.message(args), fields);
    }

    /** The refusal in words specific to this case (the code and kind stay the catalogue's). */
    public static UppfoljningException detailed(Felkod fel, String message, List<FieldError> fields) {
        return new UppfoljningException(fel, message, fields);
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
        INVALID_INPUT(400), NOT_SIGNED_IN(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status this kind of refusal is answered with; docs/felkoder.md lists it. */
        public int status() {
            return status;
        }
    }

    public record FieldError(String field, String message) implements java.io.Serializable {
    }

    /** @deprecated a bare code bypasses the catalogues; use {@link #of}. Kept for tests. */
    @Deprecated
    public static UppfoljningException notFound(String code, String message) {
        return new UppfoljningException(Kind.NOT_FOUND, code, message);
    }

    /** @deprecated a bare code bypasses the catalogues; use {@link #of}. Kept for tests. */
    @Deprecated
    public static UppfoljningException forbidden(String code, String message) {
        return new UppfoljningException(Kind.FORBIDDEN, code, message);
    }

    /** @deprecated a bare code bypasses the catalogues; use {@link #of}. Kept for tests. */
    @Deprecated
    public static UppfoljningException conflict(String code, String message) {
        return new UppfoljningException(Kind.CONFLICT, code, message);
    }

    /** @deprecated a bare code bypasses the catalogues; use {@link #withFields}. Kept for tests. */
    @Deprecated
    public static UppfoljningException invalid(String code, String message, List<FieldError> fields) {
        return new UppfoljningException(Kind.INVALID_INPUT, code, message, fields);
    }
}
