package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.web.Texter;

/**
 * A quarter as pages name it, in the page's language: "2022 kvartal 2" or "Q2 2022". Every list of
 * reports (the start page's, an insats', the overview) writes its quarters through this one phrase.
 */
@Named
@ApplicationScoped
public class Kvartalstext {

    public String period(int ar, int kvartal) {
        return Texter.text(Kvartalstext.class, "kvartal.period", ar, kvartal);
    }
}
