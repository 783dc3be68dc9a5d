package se.finsam.uppfoljning.plattform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak returns the browser here after sign-in. The authentication mechanism has already
 * exchanged the code for tokens by the time this runs; all that is left is to show the start page.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
