package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
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
 *
 * <p>Request-scoped, so the caller is worked out once per request and never outlives it. Weld
 * creates this bean on every request; it injects only the application-scoped {@link Sources}
 * (a ready client proxy): with the security context and the {@code Instance<OpenIdContext>}
 * injected here directly, Weld built both for every request, which in a flight recording of the
 * API under load cost more than reading a quarterly report.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    Sources sources;

    private Optional<Caller> caller;

    public Optional<Caller> get() {
        if (caller == null) {
            caller = sources.claims().map(c -> CallerFactory.fromClaims(new MapClaims(c)));
        }
        return caller;
    }

    public Caller require() {
        return get().orElseThrow(() -> UppfoljningException.of(PlattformFel.INTE_INLOGGAD));
    }

    /** Where the claims come from; stateless, each call reads the current request's security context. */
    @ApplicationScoped
    public static class Sources {

        @Inject
        SecurityContext securityContext;

        @Inject
        Instance<OpenIdContext> openIdContext;

        @Inject
        HttpServletRequest request;

        Optional<Map<String, Object>> claims() {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            if (principal instanceof AccessTokenCallerPrincipal bearer) {
                return Optional.of(bearer.getAccessToken().getClaims());
            }
            OpenIdContext context = openIdContext.get();
            if (context.getAccessToken() != null) {
                return Optional.of(context.getAccessToken().getClaims());
            }
            // signed in on another node of a cluster: the claims came with the session
            return Inloggningskopia.las(request);
        }
    }
}
