package se.finsam.uppfoljning.plattform.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The application roles. {@link #claimValue()} is the Keycloak realm role name that arrives in the
 * token's {@code groups} claim (ASCII, so it is safe in URLs and logs); {@link #label()} is what
 * people read.
 */
public enum Roll {
    RAPPORTOR("Rapportör"),
    STYRGRUPP("Styrgruppsledamot"),
    KANSLI("Kansli"),
    FORBUNDSCHEF("Förbundschef"),
    RAPPORTDESIGNER("Rapportdesigner"),
    PARTNERADMIN("Partneradministratör"),
    STYRELSE("Styrelseledamot"),
    SYSTEMADMIN("Systemadministratör");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String RAPPORTOR_ROLE = "rapportor";
    public static final String STYRGRUPP_ROLE = "styrgrupp";
    public static final String KANSLI_ROLE = "kansli";
    public static final String FORBUNDSCHEF_ROLE = "forbundschef";
    public static final String RAPPORTDESIGNER_ROLE = "rapportdesigner";
    public static final String PARTNERADMIN_ROLE = "partneradmin";
    public static final String STYRELSE_ROLE = "styrelse";
    public static final String SYSTEMADMIN_ROLE = "systemadmin";

    private final String label;

    Roll(String label) {
        this.label = label;
    }

    /** The realm role's name is the constant's name in lower case, so it is derived, not kept twice. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<Roll> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue().equals(value)).findFirst();
    }
}
