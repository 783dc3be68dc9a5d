package se.finsam.uppfoljning.behorighet.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.partner.boundary.NyttForbund;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.util.List;

/** The system administrator's landing page (system.xhtml): every förbund, and a new one. */
@Named
@ViewScoped
public class Forbundslista implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Systemadministration administration;

    private final Atgard atgard = new Atgard();
    private List<ForbundView> forbund;
    private String kod;
    private String namn;
    private String kansli;
    private String doman;

    public void load() {
        forbund = administration.forbund(caller.require());
    }

    public void skapa() {
        if (atgard.run(() -> administration.skapaForbund(caller.require(), new Systemadministration.NyttForbundMedKansli(
                new NyttForbund(kod, namn, kansli), doman)), Texter.text(Forbundslista.class, "system.skapa.klar", namn), this::load)) {
            kod = null;
            namn = null;
            kansli = null;
            doman = null;
        }
    }

    public Atgard getAtgard() { return atgard; }
    public List<ForbundView> getForbund() { return forbund; }
    public String getKod() { return kod; }
    public void setKod(String kod) { this.kod = kod; }
    public String getNamn() { return namn; }
    public void setNamn(String namn) { this.namn = namn; }
    public String getKansli() { return kansli; }
    public void setKansli(String kansli) { this.kansli = kansli; }
    public String getDoman() { return doman; }
    public void setDoman(String doman) { this.doman = doman; }
}
