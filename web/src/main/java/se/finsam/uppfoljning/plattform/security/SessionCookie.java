package se.finsam.uppfoljning.plattform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set before the first session exists. {@code HttpOnly} comes
 * from web.xml. {@code SameSite=Lax} keeps the cookie off cross-site subrequests and form posts
 * (the sign-in callback from Keycloak is a top-level GET, which Lax allows). {@code Secure} is set
 * whenever the public address is https, so that behind a TLS-terminating proxy the cookie is still
 * never sent in clear; on plain http in development it cannot be, or the browser would drop it.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    static final String PUBLIC_URL = "uppfoljning.publik-url";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        // the standard way; Payara 6 ignores it and takes SameSite from WEB-INF/glassfish-web.xml
        cookie.setAttribute("SameSite", "Lax");
        String publicUrl = ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class).orElse("");
        cookie.setSecure(publicUrl.regionMatches(true, 0, "https://", 0, 8));
    }
}
