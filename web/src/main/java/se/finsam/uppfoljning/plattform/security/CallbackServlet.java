package se.finsam.uppfoljning.plattform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Keycloak returns the browser here after sign-in. The authentication mechanism has already
 * exchanged the code for tokens by the time this runs; all that is left is to show the page the
 * person asked for before signing in, or the start page.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(ApiAwareAuthentication.TARGET);
        if (session != null) {
            session.removeAttribute(ApiAwareAuthentication.TARGET);
        }
        // only a path inside this application, recorded by us before sign-in: no open redirect
        String path = target instanceof String t && t.startsWith("/") && !t.startsWith("//") ? t : "/";
        response.sendRedirect(request.getContextPath() + path);
    }
}
