package se.finsam.uppfoljning.plattform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The central mapping from a page's failure to its HTTP status, as {@code ExceptionMappers} is for
 * the API: whatever a page's bean throws (in a view action, a getter, an action), Faces wraps it
 * (FacesException, ELException, EJBException, ServletException); the {@link UppfoljningException}
 * inside answers with its kind's status (403, 404, 400, 409, 401) and the one friendly error page
 * ({@code /WEB-INF/fel/fel.xhtml}, which {@link Felsida} fills). Anything else is a defect: logged
 * with an incident id, answered 500 with that id and no stack trace. So a page takes part by
 * throwing; it never sets a status itself.
 */
@WebFilter(servletNames = "Faces")
public class Sidstatus extends HttpFilter {

    /** Request attribute: the refusal a page ended with, for the error page's text. */
    static final String FEL = Sidstatus.class.getName() + ".fel";
    /** Request attribute: the incident id of an unexpected error, for the error page's text. */
    static final String INCIDENT = Sidstatus.class.getName() + ".incident";

    private static final Logger LOG = Logger.getLogger(Sidstatus.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (find(e, ViewExpiredException.class).isPresent() && "POST".equals(request.getMethod())) {
                // the session ended between the page and its form: the page anew, not an error
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                return;
            }
            Optional<UppfoljningException> refusal = refusal(e);
            if (refusal.isPresent()) {
                refuse(request, response, refusal.get());
            } else {
                request.setAttribute(INCIDENT, Incident.log(LOG, e));
                response.sendError(500);
            }
        }
    }

    /**
     * The refusal this failure carries: the business layer's own, or Bean Validation's on a
     * boundary's parameters (a malformed value the page passed on), which is the caller's input too.
     */
    static Optional<UppfoljningException> refusal(Throwable e) {
        return find(e, UppfoljningException.class).or(() -> find(e, ConstraintViolationException.class)
                .map(cve -> UppfoljningException.of(PlattformFel.OGILTIGA_UPPGIFTER)));
    }

    /**
     * Answers the request with this refusal's status and the error page, before anything is written;
     * also for a refusal the lifecycle cannot throw (a malformed address, see {@link Adresskontroll}).
     */
    static void refuse(ServletRequest request, HttpServletResponse response, UppfoljningException u) throws IOException {
        request.setAttribute(FEL, u);
        response.sendError(u.kind().status());
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
