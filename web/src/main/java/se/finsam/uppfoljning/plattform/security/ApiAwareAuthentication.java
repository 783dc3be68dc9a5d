package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.OpenIdAuthenticationMechanism;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import se.finsam.uppfoljning.plattform.rest.Problem;
import se.finsam.uppfoljning.plattform.rest.ProblemSprak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Payara's OpenID Connect mechanism, with one difference for the REST API: a request to
 * {@code /api/} without a bearer token gets 401 and a problem body instead of a redirect to
 * Keycloak's login page, which a program cannot follow. Everything else (code flow, token
 * verification, refresh, logout) is Payara's.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAwareAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    OpenIdAuthenticationMechanism openId;

    @Inject
    VerifiedTokens verified;

    @Inject
    OpenIdContext openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            if (context.isProtected() && request.getUserPrincipal() == null && "GET".equals(request.getMethod())) {
                rememberTarget(request);
            }
            if (request.getUserPrincipal() != null && openIdContext.getAccessToken() == null) {
                // the session's sign-in was made on another node of the cluster: its claims came along
                Optional<java.util.Map<String, Object>> claims = Inloggningskopia.las(request);
                if (claims.isPresent()) {
                    return context.notifyContainerAboutLogin(request.getUserPrincipal(), Inloggningskopia.grupper(claims.get()));
                }
            }
            AuthenticationStatus status = openId.validateRequest(request, response, context);
            if (status == AuthenticationStatus.SUCCESS && openIdContext.getAccessToken() != null) {
                Inloggningskopia.spara(request, openIdContext.getAccessToken().getClaims());
            }
            return status;
        }
        if (request.getUserPrincipal() == null && !hasBearer(request)) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        String token = hasBearer(request) ? request.getHeader("Authorization").substring(BEARER.length()).strip() : null;
        if (token != null) {
            Optional<VerifiedTokens.Verified> known = verified.get(token);
            if (known.isPresent()) {
                return context.notifyContainerAboutLogin(known.get().principal(), known.get().groups());
            }
        }
        boolean hadSession = request.getSession(false) != null;
        AuthenticationStatus status = openId.validateRequest(request, response, context);
        // Payara refuses a bad token with SEND_FAILURE but leaves the status at 200
        if (status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted()) {
            return unauthorized(request, response);
        }
        if (token != null && status == AuthenticationStatus.SUCCESS) {
            verified.put(token, context.getCallerPrincipal(), context.getGroups());
            // a program calling with a token needs no HTTP session; Payara opens one per call
            HttpSession session = request.getSession(false);
            if (!hadSession && session != null) {
                session.invalidate();
            }
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId.cleanSubject(request, response, context);
    }

    /** Where to go after sign-in: the page the person asked for (see CallbackServlet). */
    static final String TARGET = ApiAwareAuthentication.class.getName() + ".target";

    private static void rememberTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/Callback")) {
            return;
        }
        String query = request.getQueryString();
        request.getSession(true).setAttribute(TARGET, query == null ? path : path + "?" + query);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean hasBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !authorization.substring(BEARER.length()).isBlank();
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) throws AuthenticationException {
        try {
            java.util.Locale locale = ProblemSprak.language(java.util.Collections.list(request.getLocales()));
            response.setHeader("Content-Language", locale.getLanguage());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", Problem.BEARER_CHALLENGE);
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.unauthorizedJson(locale));
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
