package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one error page's text for the status the request ended with ({@link Sidstatus}): a heading
 * for the status, the refusal's message and code when the business layer refused (no role,
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
        int status = getStatus();
        return Texter.text(Felsida.class, "fel.rubrik." + (List.of(400, 401, 403, 404, 409).contains(status) ? status : 500));
    }

    /** The refusal's own message in the page's language (the catalogues' translation, as {@link Fel}), or the status's. */
    public String getText() {
        return refusal().map(u -> Oversattning.text(u.getMessage(), u.code(), Sprak.current())).orElseGet(() -> {
            int status = getStatus();
            return Texter.text(Felsida.class, "fel.text." + (List.of(400, 403, 404).contains(status) ? status : 500));
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
