package se.finsam.uppfoljning.plattform.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The application roles. {@link #claimValue()} is the Keycloak realm role name that arrives in the
 * token's {@code groups} claim (ASCII, so it is safe in URLs and logs); {@link #label()} is what
 * people read.
 */
public enum Roll {
    RAPPORTOR("rapportor", "Rapportör"),
    STYRGRUPP("styrgrupp", "Styrgruppsledamot"),
    KANSLI("kansli", "Kansli"),
    FORBUNDSCHEF("forbundschef", "Förbundschef"),
    RAPPORTDESIGNER("rapportdesigner", "Rapportdesigner"),
    PARTNERADMIN("partneradmin", "Partneradministratör"),
    STYRELSE("styrelse", "Styrelseledamot"),
    SYSTEMADMIN("systemadmin", "Systemadministratör");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String RAPPORTOR_ROLE = "rapportor";
    public static final String STYRGRUPP_ROLE = "styrgrupp";
    public static final String KANSLI_ROLE = "kansli";
    public static final String FORBUNDSCHEF_ROLE = "forbundschef";
    public static final String RAPPORTDESIGNER_ROLE = "rapportdesigner";
    public static final String PARTNERADMIN_ROLE = "partneradmin";
    public static final String STYRELSE_ROLE = "styrelse";
    public static final String SYSTEMADMIN_ROLE = "systemadmin";

    private final String claimValue;
    private final String label;

    Roll(String claimValue, String label) {
        this.claimValue = claimValue;
        this.label = label;
    }

    public String claimValue() {
        return claimValue;
    }

    public String label() {
        return label;
    }

    public static Optional<Roll> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
