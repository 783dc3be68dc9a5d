package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import se.finsam.uppfoljning.plattform.PlattformFel;
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

    /**
     * The refusal's code (KVR-003); the platform's for a status the server gave itself (the pages' role
     * gate in web.xml: PLT-403); the incident id of an unexpected error; empty when there is none of them.
     */
    public String getKod() {
        if (request().get(Sidstatus.INCIDENT) instanceof String incident) {
            return incident;
        }
        return refusal().map(UppfoljningException::code).orElseGet(() -> switch (getStatus()) {
            case 400 -> PlattformFel.OGILTIGA_UPPGIFTER.code();
            case 401 -> PlattformFel.INTE_INLOGGAD.code();
            case 403 -> PlattformFel.ROLL_TILLATER_INTE.code();
            case 404 -> PlattformFel.FINNS_INTE.code();
            default -> "";
        });
    }
}
