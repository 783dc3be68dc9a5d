package se.finsam.uppfoljning.plattform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Gives every page the language the person chose (see {@link Sprak}) instead of Faces' own
 * negotiation from Accept-Language; the view's locale then drives the bundles, number and date
 * converters and the page's {@code lang}.
 */
public class SprakViewHandler extends ViewHandlerWrapper {

    public SprakViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return context.getExternalContext().getRequest() instanceof HttpServletRequest request
                ? Sprak.of(request) : Sprak.SVENSKA;
    }
}
