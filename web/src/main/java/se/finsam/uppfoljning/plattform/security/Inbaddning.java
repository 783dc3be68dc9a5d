package se.finsam.uppfoljning.plattform.security;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which pages other sites may frame. Only the fragments under {@code /fragment/} (e.g. "Rapporter att
 * lämna" on a partner's intranet), and only from the origins in
 * {@code uppfoljning.inbaddning.ursprung}; a layout preview (a PDF) only by the application's own
 * layout page; every other page refuses all framing.
 */
public final class Inbaddning {

    public static final String CONFIG = "uppfoljning.inbaddning.ursprung";
    static final String FRAGMENT = "/fragment/";
    static final String FORHANDSGRANSKNING = "/layoutfil";

    private Inbaddning() {
    }

    public static String frameAncestors(String pathInApp, String configuredOrigins) {
        if (FORHANDSGRANSKNING.equals(pathInApp)) {
            return "frame-ancestors 'self'";
        }
        if (pathInApp == null || !pathInApp.startsWith(FRAGMENT)) {
            return "frame-ancestors 'none'";
        }
        List<String> origins = origins(configuredOrigins);
        return origins.isEmpty() ? "frame-ancestors 'self'" : "frame-ancestors 'self' " + String.join(" ", origins);
    }

    /** Accepts only scheme://host[:port] origins; anything else in the setting is ignored. */
    static List<String> origins(String configured) {
        if (configured == null) {
            return List.of();
        }
        return Arrays.stream(configured.split("[,\\s]+")).map(String::strip)
                .filter(o -> o.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?"))
                .distinct().collect(Collectors.toList());
    }
}
