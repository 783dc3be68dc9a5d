package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.CallerFactory;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in caller of this request, from a bearer token or from the web session's tokens.
 * Everything below the web layer receives a {@link Caller}, never the token.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private Optional<Caller> caller;

    public Optional<Caller> get() {
        if (caller == null) {
            caller = claims().map(c -> CallerFactory.fromClaims(new MapClaims(c)));
        }
        return caller;
    }

    public Caller require() {
        return get().orElseThrow(() -> UppfoljningException.of(PlattformFel.INTE_INLOGGAD));
    }

    private Optional<Map<String, Object>> claims() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (principal instanceof AccessTokenCallerPrincipal bearer) {
            return Optional.of(bearer.getAccessToken().getClaims());
        }
        OpenIdContext context = openIdContext.get();
        return Optional.ofNullable(context.getAccessToken()).map(t -> t.getClaims());
    }
}
