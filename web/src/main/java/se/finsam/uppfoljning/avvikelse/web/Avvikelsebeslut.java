package se.finsam.uppfoljning.avvikelse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.avvikelse.boundary.BeslutInput;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.reports.Talformat;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.plattform.web.Fel;

import java.io.Serializable;

/**
 * One deviation with its decisions; the förbundschef's decision form (a correction of the decision
 * in force once there is one).
 */
@Named
@ViewScoped
public class Avvikelsebeslut implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Avvikelsehantering avvikelser;

    private long id;
    private AvvikelseView avvikelse;
    private final Fel fel = new Fel();
    private String bekraftelse;

    private String utfall;
    private String belopp;
    private String motivering;

    public void load() {
        if (avvikelse == null) {
            avvikelse = avvikelser.get(caller.require(), id);
        }
    }

    public void besluta() {
        bekraftelse = null;
        Long ersatter = avvikelse.beslut().isEmpty() ? null : avvikelse.beslut().getLast().id();
        try {
            avvikelse = avvikelser.besluta(caller.require(), id, new BeslutInput(utfall,
                    belopp == null || belopp.isBlank() ? null : Json.createValue(belopp), motivering, null, ersatter));
            fel.clear();
            bekraftelse = Texter.text(Avvikelsebeslut.class, ersatter == null ? "avvikelse.klart.fattat" : "avvikelse.klart.rattat");
            utfall = null;
            belopp = null;
            motivering = null;
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    public String belopptext(java.math.BigDecimal b) {
        return Talformat.kronor(b, Sprak.current());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public AvvikelseView getAvvikelse() { return avvikelse; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
    public String getUtfall() { return utfall; }
    public void setUtfall(String utfall) { this.utfall = utfall; }
    public String getBelopp() { return belopp; }
    public void setBelopp(String belopp) { this.belopp = belopp; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String motivering) { this.motivering = motivering; }
}
