package se.finsam.uppfoljning.plattform.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns verified token claims into a {@link Caller}. The claim names are the contract with the
 * realm in {@code keycloak-realm/}: roles in {@code groups}, the organisation alias in
 * {@code organization} (Keycloak's organisation scope), the förbund in {@code forbund}.
 */
public final class CallerFactory {

    public static final String GROUPS = "groups";
    public static final String ORGANIZATION = "organization";
    public static final String FORBUND = "forbund";
    public static final String USERNAME = "preferred_username";
    public static final String NAME = "name";
    public static final String SUBJECT = "sub";

    private CallerFactory() {
    }

    public static Caller fromClaims(ClaimSource claims) {
        String username = claims.string(USERNAME).or(() -> claims.string(SUBJECT))
                .orElseThrow(() -> new IllegalArgumentException("token without preferred_username or sub"));
        String displayName = claims.string(NAME).filter(n -> !n.isBlank()).orElse(username);
        return new Caller(username, displayName,
                claims.string(FORBUND).filter(f -> !f.isBlank()),
                firstOrganisation(claims.strings(ORGANIZATION)),
                roles(claims.strings(GROUPS)));
    }

    private static Optional<String> firstOrganisation(List<String> organisations) {
        // a person belongs to exactly one partner organisation; a second membership is ignored
        // rather than guessed between, and the sorted order makes the choice stable
        return organisations.stream().filter(o -> !o.isBlank()).sorted().findFirst();
    }

    private static Set<Roll> roles(List<String> groups) {
        Set<Roll> roles = EnumSet.noneOf(Roll.class);
        groups.forEach(g -> Roll.fromClaim(g).ifPresent(roles::add));
        return roles;
    }
}
