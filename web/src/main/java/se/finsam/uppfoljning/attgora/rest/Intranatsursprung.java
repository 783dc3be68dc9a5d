package se.finsam.uppfoljning.attgora.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * CORS for the widget's one endpoint, and for nothing else of the application: an intranet page
 * from an origin in {@code uppfoljning.intranat.origins} (comma-separated {@code scheme://host[:port]})
 * may read {@code GET /api/att-gora} with a bearer token. Any other origin gets no
 * {@code Access-Control-Allow-Origin}, so its browser withholds the answer. No credentials (cookies)
 * are allowed across origins: the widget sends its token in the header. The preflight is let past
 * the sign-in by web.xml (it carries no token) and answered here; it never reaches JAX-RS.
 */
@WebFilter(urlPatterns = "/api/" + AttGoraResource.PATH, asyncSupported = true)
public class Intranatsursprung extends HttpFilter {

    public static final String CONFIG = "uppfoljning.intranat.origins";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean tillaten = origin != null && tillatna(configured()).contains(origin);
        // the answer differs by Origin: no cache may hand one origin's answer to another
        response.addHeader("Vary", "Origin");
        if ("OPTIONS".equals(request.getMethod())) {
            if (tillaten && "GET".equals(request.getHeader("Access-Control-Request-Method"))) {
                response.setHeader("Access-Control-Allow-Origin", origin);
                response.setHeader("Access-Control-Allow-Methods", "GET");
                response.setHeader("Access-Control-Allow-Headers", "Authorization");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if (tillaten) {
            response.setHeader("Access-Control-Allow-Origin", origin);
        }
        chain.doFilter(request, response);
    }

    private static String configured() {
        return ConfigProvider.getConfig().getOptionalValue(CONFIG, String.class).orElse("");
    }

    /** Only {@code scheme://host[:port]} entries count; anything else in the setting is ignored. */
    static List<String> tillatna(String configured) {
        if (configured == null) {
            return List.of();
        }
        return Arrays.stream(configured.split("[,\\s]+")).map(String::strip)
                .filter(o -> o.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?"))
                .distinct().toList();
    }
}
