package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Bevakning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.OversiktView;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Oversiktskvartal;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportperioder;

import java.util.List;

/**
 * The office's overview of a quarter: who has submitted, who is late, who was returned or approved.
 * Without a quarter in the address it opens on the latest quarter past its deadline that has reports.
 */
@Named
@RequestScoped
public class Kvartalsoversikt {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    @Inject
    Bevakning bevakning;

    private int ar;
    private int kvartal;
    private OversiktView oversikt;
    private Oversiktskvartal standard;

    public void load() {
        if (ar == 0 || kvartal == 0) {
            standard = bevakning.oversiktskvartal(caller.require());
            ar = standard.ar();
            kvartal = standard.kvartal();
        }
        oversikt = rapportering.oversikt(caller.require(), Rapportperioder.av(ar, kvartal));
    }

    /** The quarters the selector offers; the page marks the one displayed as selected. */
    public List<Integer> getKvartalsval() {
        return List.of(1, 2, 3, 4);
    }

    public OversiktView getOversikt() { return oversikt; }
    /** Set only when the page chose the quarter itself; null when the address named one. */
    public Oversiktskvartal getStandard() { return standard; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getKvartal() { return kvartal; }
    public void setKvartal(int kvartal) { this.kvartal = kvartal; }
}
