package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import se.finsam.uppfoljning.plattform.control.CallerFactory;

import java.util.Set;

/**
 * Payara verifies a bearer token's signature, issuer and lifetime but leaves its groups to the
 * application: they come from the same {@code groups} claim the code flow reads.
 */
@ApplicationScoped
public class BearerTokenGroups extends fish.payara.security.openid.api.BearerGroupsIdentityStore {

    @Override
    protected Set<String> getCallerGroups(AccessTokenCallerPrincipal principal) {
        return Set.copyOf(new MapClaims(principal.getAccessToken().getClaims()).strings(CallerFactory.GROUPS));
    }
}
