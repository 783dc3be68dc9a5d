package se.finsam.uppfoljning.layout.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.finsam.uppfoljning.layout.boundary.Layouter;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The layout page's files for the signed-in browser: a version's preview as PDF (shown in the page's
 * frame, which only this application may frame) and a version's .jrxml to download. The same use
 * cases and checks as the API's; the browser's session, not a bearer token, says who calls.
 * {@code /layoutfil?namn=pm-tabell-5&version=2&typ=pdf[&ar=2022&halvar=1]} or {@code typ=jrxml}.
 */
@WebServlet("/layoutfil")
public class LayoutfilServlet extends HttpServlet {

    @Inject
    CurrentCaller caller;

    @Inject
    Layouter layouter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String namn = request.getParameter("namn");
        Integer version = heltal(request.getParameter("version"));
        if (namn == null || version == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    Texter.text(Sprak.of(request), LayoutfilServlet.class, "layout.fel.namnOchVersion"));
            return;
        }
        try {
            Caller c = caller.require();
            byte[] innehall;
            if ("jrxml".equals(request.getParameter("typ"))) {
                innehall = layouter.jrxml(c, namn, Optional.of(version)).getBytes(StandardCharsets.UTF_8);
                response.setContentType("application/xml;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + namn.replaceAll("[^A-Za-z0-9-]", "-")
                        + "-v" + version + ".jrxml\"");
            } else {
                innehall = layouter.forhandsgranska(c, namn, version, halvar(heltal(request.getParameter("ar")),
                        heltal(request.getParameter("halvar"))));
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"forhandsgranskning.pdf\"");
            }
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(innehall.length);
            response.getOutputStream().write(innehall);
        } catch (RuntimeException e) {
            Throwable t = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(t instanceof UppfoljningException u)) {
                throw e;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(u.kind().status());
            response.getWriter().write(u.code() + " " + Oversattning.text(u.getMessage(), u.code(), Sprak.of(request)));
        }
    }

    /** The live data's half-year, or null for the sample PM when the address names none. */
    private static Halvar halvar(Integer ar, Integer halvar) {
        return ar == null || halvar == null ? null : Adressdel.avkoda("halvar", () -> new Halvar(ar, halvar));
    }

    private static Integer heltal(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
