package se.finsam.uppfoljning.plattform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;
import java.util.Locale;

/**
 * Answers a problem in the language the client asked for with {@code Accept-Language}: Swedish, the
 * default, or English. Only the texts for people change ({@code detail} and the fields' messages);
 * the code, status and field names are the same in both, so a client programs against one. Done
 * here, on the way out, so every problem is covered wherever it was made (a resource, the exception
 * mapping, the body reader).
 */
@Provider
public class ProblemSprak implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Locale locale = language(request.getAcceptableLanguages());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!"sv".equals(locale.getLanguage())) {
            response.setEntity(in(problem, locale), null, Problem.MEDIA_TYPE);
        }
    }

    public static Problem in(Problem p, Locale locale) {
        List<FieldError> fields = p.fields().stream()
                .map(f -> new FieldError(f.field(), Oversattning.falt(f.message(), p.code(), locale))).toList();
        return new Problem(p.type(), p.title(), p.status(), p.code(), Oversattning.text(p.detail(), p.code(), locale), fields);
    }

    /** The first of the client's languages (by preference) that the API speaks; Swedish if none. */
    public static Locale language(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("sv".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return Locale.forLanguageTag("sv");
    }
}
