package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The header's language switch: where it leads, back to the same page in the other language. */
@Named
@RequestScoped
public class Sprakval {

    /** The address of the switch to the language that is not the page's. */
    public String getLank() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String sida = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String till = Sprak.isEnglish(Sprak.current()) ? "sv" : "en";
        return request.getContextPath() + "/sprak?till=" + till + "&tillbaka=" + URLEncoder.encode(sida, StandardCharsets.UTF_8);
    }
}
