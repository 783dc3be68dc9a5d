package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.kvartalsrapport.boundary.AttLamna;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/** The intranet fragment "Rapporter att lämna": the signed-in rapportör's reports due, with deadlines. */
@Named
@RequestScoped
public class RapporterAttLamna {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    private List<AttLamna> rapporter;

    public List<AttLamna> getRapporter() {
        if (rapporter == null) {
            Caller c = caller.require();
            rapporter = c.has(Roll.RAPPORTOR) ? rapportering.attLamna(c) : List.of();
        }
        return rapporter;
    }
}
