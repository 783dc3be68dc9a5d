package se.finsam.uppfoljning.layout.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.layout.boundary.GranskningView;
import se.finsam.uppfoljning.layout.boundary.LayoutVersionView;
import se.finsam.uppfoljning.layout.boundary.Layouter;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.reports.PmKatalog;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One layout's page: its versions (publish, roll back, preview, download), the editor for a new
 * version with the check's findings line by line, the preview as PDF, and the fields the layout may use.
 */
@Named
@ViewScoped
public class LayoutSida implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Layouter layouter;

    private String namn;
    private List<LayoutVersionView> versioner;
    private String jrxml;
    private String kommentar;
    private GranskningView granskning;
    private Integer forhandsVersion;
    private Integer forhandsAr;
    private Integer forhandsHalvar;
    private boolean liveData;
    private PmKatalog.Layoutkatalog katalog;
    private final Fel fel = new Fel();
    private String bekraftelse;

    public void load() {
        if (versioner != null) {
            return;
        }
        Caller c = caller.require();
        versioner = layouter.versioner(c, namn);
        jrxml = layouter.jrxml(c, namn, Optional.empty());
        katalog = layouter.katalog(c).stream().filter(k -> k.namn().equals(namn)).findFirst().orElse(null);
    }

    public void granska() {
        bekraftelse = null;
        fel.clear();
        granskning = layouter.granska(caller.require(), namn, bytes());
    }

    public void laddaUpp() {
        bekraftelse = null;
        granskning = null;
        try {
            LayoutVersionView v = layouter.laddaUpp(caller.require(), namn, bytes(), kommentar);
            fel.clear();
            versioner = layouter.versioner(caller.require(), namn);
            kommentar = null;
            forhandsVersion = v.version();
            bekraftelse = Texter.text(LayoutSida.class, "layout.klart.sparad", v.version());
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    public void forhandsgranska(int version) {
        bekraftelse = null;
        forhandsVersion = version;
    }

    public void publicera(LayoutVersionView v) {
        bekraftelse = null;
        int fore = versioner.stream().filter(LayoutVersionView::aktuell).mapToInt(LayoutVersionView::version).findFirst().orElse(1);
        try {
            layouter.publicera(caller.require(), namn, v.version(), fore);
            fel.clear();
            versioner = layouter.versioner(caller.require(), namn);
            bekraftelse = Texter.text(LayoutSida.class, v.version() < fore ? "layout.klart.aterstallt" : "layout.klart.publicerad",
                    v.version());
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    private byte[] bytes() {
        return (jrxml == null ? "" : jrxml).getBytes(StandardCharsets.UTF_8);
    }

    /** The preview's address: the page's own PDF (LayoutfilServlet), which only this application may frame. */
    public String getForhandsAdress() {
        String bas = "/layoutfil?typ=pdf&namn=" + URLEncoder.encode(namn, StandardCharsets.UTF_8) + "&version=" + forhandsVersion;
        return liveData && forhandsAr != null && forhandsHalvar != null ? bas + "&ar=" + forhandsAr + "&halvar=" + forhandsHalvar : bas;
    }

    /** A finding of the check in the page's language (the check writes Swedish; its phrases have English). */
    public String fynd(GranskningView.FyndView f) {
        return Oversattning.falt(f.meddelande(), null, Sprak.current());
    }

    public boolean isDesigner() {
        return caller.require().has(Roll.RAPPORTDESIGNER);
    }

    public String getNamn() { return namn; }
    public void setNamn(String namn) { this.namn = namn; }
    public List<LayoutVersionView> getVersioner() { return versioner; }
    public String getJrxml() { return jrxml; }
    public void setJrxml(String jrxml) { this.jrxml = jrxml; }
    public String getKommentar() { return kommentar; }
    public void setKommentar(String kommentar) { this.kommentar = kommentar; }
    public GranskningView getGranskning() { return granskning; }
    public Integer getForhandsVersion() { return forhandsVersion; }
    public Integer getForhandsAr() { return forhandsAr; }
    public void setForhandsAr(Integer forhandsAr) { this.forhandsAr = forhandsAr; }
    public Integer getForhandsHalvar() { return forhandsHalvar; }
    public void setForhandsHalvar(Integer forhandsHalvar) { this.forhandsHalvar = forhandsHalvar; }
    public boolean isLiveData() { return liveData; }
    public void setLiveData(boolean liveData) { this.liveData = liveData; }
    public PmKatalog.Layoutkatalog getKatalog() { return katalog; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
}
