package se.finsam.uppfoljning.plattform.security;

/**
 * Which pages may be framed: a layout preview (a PDF) only by the application's own layout page;
 * every other page refuses all framing. The intranet shows the application's to-do through the
 * widget ({@code /widget/att-gora.js}), not a frame (docs/decisions/0030-widget-oidc-pkce.md).
 */
public final class Inbaddning {

    static final String FORHANDSGRANSKNING = "/layoutfil";

    private Inbaddning() {
    }

    public static String frameAncestors(String pathInApp) {
        return FORHANDSGRANSKNING.equals(pathInApp) ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
    }
}
