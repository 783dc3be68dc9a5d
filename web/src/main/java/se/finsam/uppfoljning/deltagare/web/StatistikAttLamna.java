package se.finsam.uppfoljning.deltagare.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.Forfallen;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The start page's list of participant statistics a rapportör has yet to enter (ended periods without figures). */
@Named
@RequestScoped
public class StatistikAttLamna {

    @Inject
    CurrentCaller caller;

    @Inject
    Deltagarstatistiken statistiken;

    private List<Forfallen> lista;

    public List<Forfallen> getLista() {
        if (lista == null) {
            lista = caller.get().map(c -> statistiken.forfallna(c, LocalDate.now(ZoneId.of("Europe/Stockholm")))).orElse(List.of());
        }
        return lista;
    }

    public String period(Forfallen f) {
        return f.ar() + " " + DeltagarstatistikForm.text("manader." + f.halvar());
    }
}
