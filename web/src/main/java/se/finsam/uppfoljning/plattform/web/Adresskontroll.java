package se.finsam.uppfoljning.plattform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A page's address that Faces could not take (a view parameter that does not convert, such as
 * {@code insats=abc}, or a required one missing) answers 400 ({@code PLT-425}, as the API's
 * addresses do) instead of the page rendered without its object. Faces records the failure and
 * renders anyway, skipping the view action, so the check runs after the validation phase of a GET;
 * a page takes part by declaring its parameters ({@code required="true"} where there is no default).
 * Registered in faces-config.xml.
 */
public class Adresskontroll implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed()) {
            return;
        }
        List<FieldError> fel = ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
                .filter(p -> !p.isValid()).map(UIViewParameter::getName)
                .map(namn -> new FieldError(namn, "Adressens " + namn + " saknas eller är inte giltig.")).toList();
        if (fel.isEmpty()) {
            return;
        }
        UppfoljningException u = UppfoljningException.withFields(PlattformFel.OGILTIG_ADRESSDEL, fel,
                String.join(", ", fel.stream().map(FieldError::field).toList()));
        try {
            Sidstatus.refuse((HttpServletRequest) faces.getExternalContext().getRequest(),
                    (HttpServletResponse) faces.getExternalContext().getResponse(), u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only after validation
    }
}
