package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.Optional;

/**
 * The error page's text: when a page failed because the business layer refused (no role, no
 * organisation, not found), its Swedish message; otherwise a general one. Never a stack trace.
 */
@Named
@RequestScoped
public class Felsida {

    public Optional<UppfoljningException> refusal() {
        Object error = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = (Throwable) error; t != null; t = t.getCause()) {
            if (t instanceof UppfoljningException u) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    public String getRubrik() {
        return refusal().map(u -> switch (u.kind()) {
            case FORBIDDEN, NOT_SIGNED_IN -> "Ingen behörighet";
            case NOT_FOUND -> "Finns inte";
            default -> "Det gick inte";
        }).orElse("Något gick fel");
    }

    public String getText() {
        return refusal().map(UppfoljningException::getMessage)
                .orElse("Ett oväntat fel inträffade. Försök igen om en stund. Om felet kvarstår, kontakta förbundets kansli.");
    }
}
