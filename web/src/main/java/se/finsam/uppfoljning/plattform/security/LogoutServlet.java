package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sign-out ends both the application session and the Keycloak session (RP-initiated logout), so
 * the next visitor at a shared computer has to sign in again. POST only, so that a link on another
 * site cannot sign people out.
 */
@WebServlet("/utloggning")
public class LogoutServlet extends HttpServlet {

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/utloggad.xhtml");
            return;
        }
        openIdContext.logout(request, response);
    }
}
