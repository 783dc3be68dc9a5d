package se.finsam.uppfoljning.plattform.web;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errors of the last action on a page, as the page shows them: a summary at the top and the
 * message beside each field. The same codes and texts as the API's problem bodies.
 */
public class Fel implements Serializable {

    private String sammanfattning;
    private final Map<String, String> falt = new LinkedHashMap<>();

    public void clear() {
        sammanfattning = null;
        falt.clear();
    }

    /** Takes what the business layer refused; anything else is not ours to show and is rethrown. */
    public void take(RuntimeException e) {
        clear();
        Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        // the business layer speaks Swedish; the page's reader may have chosen English
        Locale sprak = Sprak.current();
        if (t instanceof UppfoljningException u) {
            sammanfattning = Oversattning.text(u.getMessage(), u.code(), sprak);
            u.fieldErrors().forEach(f -> falt.put(f.field(), Oversattning.falt(f.message(), u.code(), sprak)));
        } else if (t instanceof ConstraintViolationException cve) {
            sammanfattning = Oversattning.text(PlattformFel.OGILTIGA_UPPGIFTER.message(), PlattformFel.OGILTIGA_UPPGIFTER.code(), sprak);
            cve.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                falt.put(path.substring(path.lastIndexOf('.') + 1), Oversattning.falt(v.getMessage(), null, sprak));
            });
        } else {
            throw e;
        }
    }

    /** A refusal the page itself makes (nothing was sent on): a summary and one field's message. */
    public void set(String summary, String field, String message) {
        clear();
        sammanfattning = summary;
        falt.put(field, message);
    }

    /** Gives the fields the page's names where the page sent the business layer a differently shaped input. */
    public void renameFields(java.util.function.UnaryOperator<String> name) {
        Map<String, String> renamed = new LinkedHashMap<>();
        falt.forEach((k, v) -> renamed.put(name.apply(k), v));
        falt.clear();
        falt.putAll(renamed);
    }

    public boolean isFinns() {
        return sammanfattning != null;
    }

    public String getSammanfattning() {
        return sammanfattning;
    }

    public Map<String, String> getFalt() {
        return falt;
    }

    public List<FieldError> getLista() {
        List<FieldError> list = new ArrayList<>();
        falt.forEach((k, v) -> list.add(new FieldError(k, v)));
        return list;
    }
}
