package se.finsam.uppfoljning.avvikelse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.reports.Talformat;

import java.util.List;

/**
 * What waits for the caller in money matters, for the start page and the förbundschef's queue:
 * the office's submitted rekvisitioner, the förbundschef's undecided deviations, the rapportör's
 * returned rekvisitioner. Each list is read only when the page shows it.
 */
@Named
@RequestScoped
public class Pengauppgifter {

    @Inject
    CurrentCaller caller;

    @Inject
    Ekonomi ekonomi;

    @Inject
    Avvikelsehantering avvikelser;

    private List<EkonomiView.Uppgift> attGranska;
    private List<EkonomiView.Uppgift> returnerade;
    private List<AvvikelseView> obeslutade;

    public boolean isKansli() {
        return has(Roll.KANSLI);
    }

    public boolean isForbundschef() {
        return has(Roll.FORBUNDSCHEF);
    }

    public boolean isRapportor() {
        return has(Roll.RAPPORTOR);
    }

    /** A signed-in caller with the role in a förbund; a page without a caller shows no list. */
    private boolean has(Roll roll) {
        return caller.get().filter(c -> c.has(roll) && c.forbund().isPresent()).isPresent();
    }

    public List<EkonomiView.Uppgift> getAttGranska() {
        if (attGranska == null) {
            attGranska = ekonomi.attGranska(caller.require());
        }
        return attGranska;
    }

    public List<EkonomiView.Uppgift> getReturnerade() {
        if (returnerade == null) {
            returnerade = ekonomi.returnerade(caller.require());
        }
        return returnerade;
    }

    public List<AvvikelseView> getObeslutade() {
        if (obeslutade == null) {
            Caller c = caller.require();
            obeslutade = avvikelser.obeslutade(c);
        }
        return obeslutade;
    }

    public String belopptext(java.math.BigDecimal b) {
        return Talformat.kronor(b, Sprak.current());
    }
}
