package se.finsam.uppfoljning.plattform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The languages of the pages: Swedish, the product's language and the default, and English as the
 * second. The choice is a cookie set by the switch in the header ({@link Sprakbyte}), so it is
 * remembered across sign-ins and nodes without a database column; the browser's Accept-Language does
 * not decide for pages, because a Swedish office's browsers are as often set to English.
 */
public final class Sprak {

    public static final Locale SVENSKA = Locale.forLanguageTag("sv");
    public static final Locale ENGELSKA = Locale.forLanguageTag("en");
    static final String COOKIE = "uppfoljning-sprak";

    private Sprak() {
    }

    /** The language a code names ({@code sv} or {@code en}), or Swedish for anything else. */
    public static Locale of(String code) {
        return "en".equals(code) ? ENGELSKA : SVENSKA;
    }

    /** The language this request's person chose, Swedish if none. */
    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return of(c.getValue());
                }
            }
        }
        return SVENSKA;
    }

    /** The language of the page being rendered (Swedish outside a Faces request). */
    public static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        if (faces != null && faces.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return of(request);
        }
        return SVENSKA;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
