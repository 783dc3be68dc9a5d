package se.finsam.uppfoljning.plattform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The language switch in the header: {@code /sprak?till=en&tillbaka=/uppfoljning/insatser.xhtml}
 * remembers the choice for a year and returns to the page. Only a path of this application is
 * followed back, so the switch cannot be used to send someone elsewhere.
 */
@WebServlet("/sprak")
public class Sprakbyte extends HttpServlet {

    private static final int ETT_AR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String till = "en".equals(request.getParameter("till")) ? "en" : "sv";
        Cookie cookie = new Cookie(Sprak.COOKIE, till);
        String context = request.getContextPath();
        cookie.setPath(context.isEmpty() ? "/" : context);
        cookie.setMaxAge(ETT_AR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(tillbaka(request.getParameter("tillbaka"), context));
    }

    static String tillbaka(String requested, String context) {
        String start = context + "/";
        if (requested == null || !requested.startsWith(start) || requested.startsWith("//")
                || requested.contains("\\") || requested.chars().anyMatch(Character::isISOControl)) {
            return start;
        }
        return requested;
    }
}
