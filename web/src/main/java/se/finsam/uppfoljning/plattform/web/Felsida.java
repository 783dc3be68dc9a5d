package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.Map;
import java.util.Optional;

/**
 * The one error page's text for the status the request ended with ({@link Sidstatus}): a heading
 * for the status, the refusal's Swedish message and code when the business layer refused (no role,
 * not found, a malformed address), an incident id when something unexpected failed. Never a stack trace.
 */
@Named
@RequestScoped
public class Felsida {

    private Map<String, Object> request() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    public Optional<UppfoljningException> refusal() {
        if (request().get(Sidstatus.FEL) instanceof UppfoljningException u) {
            return Optional.of(u);
        }
        // a failure that reached the server's error handling without the pages' filter
        return request().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? Sidstatus.refusal(t) : Optional.empty();
    }

    public int getStatus() {
        return request().get(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
    }

    public String getRubrik() {
        return switch (getStatus()) {
            case 400 -> "Adressen stämmer inte";
            case 401 -> "Du behöver logga in";
            case 403 -> "Ingen behörighet";
            case 404 -> "Finns inte";
            case 409 -> "Det gick inte";
            default -> "Något gick fel";
        };
    }

    public String getText() {
        return refusal().map(UppfoljningException::getMessage).orElseGet(() -> switch (getStatus()) {
            case 403 -> "Du har inte behörighet till den här sidan. Kontakta partneradministratören i din organisation om du behöver den.";
            case 404 -> "Sidan du söker finns inte eller har flyttats.";
            case 400 -> "Adressen innehåller uppgifter som inte kan läsas.";
            default -> "Ett oväntat fel inträffade. Försök igen om en stund. Om felet kvarstår, kontakta förbundets kansli.";
        });
    }

    /** The refusal's code (KVR-003), or the incident id of an unexpected error; empty when there is neither. */
    public String getKod() {
        return refusal().map(UppfoljningException::code)
                .orElseGet(() -> request().get(Sidstatus.INCIDENT) instanceof String incident ? incident : "");
    }
}
