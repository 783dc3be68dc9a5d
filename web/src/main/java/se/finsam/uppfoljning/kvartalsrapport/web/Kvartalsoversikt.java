package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.OversiktView;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.time.LocalDate;

/** The office's overview of a quarter: who has submitted, who is late, who was returned or approved. */
@Named
@RequestScoped
public class Kvartalsoversikt {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    private int ar;
    private int kvartal;
    private OversiktView oversikt;

    public void load() {
        if (ar == 0 || kvartal == 0) {
            Rapportperiod senaste = Rapportperiod.containing(LocalDate.now()).foregaende();
            ar = senaste.ar();
            kvartal = senaste.kvartal();
        }
        oversikt = rapportering.oversikt(caller.require(), ar, kvartal);
    }

    public OversiktView getOversikt() { return oversikt; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getKvartal() { return kvartal; }
    public void setKvartal(int kvartal) { this.kvartal = kvartal; }
}
