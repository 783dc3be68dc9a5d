package se.finsam.uppfoljning.slutrapport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.slutrapport.SlutrapportFel;
import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportInput;
import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportView;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportering;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The final report form of an insats: purpose, each goal's outcome and whether it was reached, what lives on, links. */
@Named
@ViewScoped
public class Slutrapportform implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Slutrapportering slutrapporter;

    @Inject
    Insatsregister insatser;

    private long insats;
    /** The view parameter as the boundaries take it, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private InsatsView insatsView;
    private long version;
    private String syfte;
    private String sammanfattning;
    private String leverVidare;
    private String lankar;
    private List<MalRad> mal = new ArrayList<>();
    private final Fel fel = new Fel();
    private String bekraftelse;

    public void load() {
        if (insatsView == null) {
            insatsId = Adressdel.avkoda("insats", () -> new InsatsId(insats));
            insatsView = insatser.insats(caller.require(), insatsId);
            try {
                fill(slutrapporter.get(caller.require(), insatsId));
            } catch (UppfoljningException e) {
                if (!SlutrapportFel.FINNS_INTE.code().equals(e.code())) {
                    throw e;
                }
                mal = new ArrayList<>(insatsView.mal().stream().map(m -> new MalRad(m.nummer(), m.beskrivning(), null, null)).toList());
            }
        }
    }

    public void spara() {
        bekraftelse = null;
        try {
            fill(slutrapporter.spara(caller.require(), insatsId, new SlutrapportInput(version, syfte,
                    mal.stream().map(m -> new SlutrapportInput.Mal(m.nummer, m.utfall,
                            m.uppnatt == null || m.uppnatt.isBlank() ? null : "ja".equals(m.uppnatt))).toList(),
                    sammanfattning, leverVidare, lankar == null ? List.of()
                            : Arrays.stream(lankar.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList())));
            fel.clear();
            bekraftelse = Texter.text(Slutrapportform.class, "slutrapport.sparad");
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    private void fill(SlutrapportView s) {
        version = s.version();
        syfte = s.syfte();
        sammanfattning = s.sammanfattning();
        leverVidare = s.leverVidare();
        lankar = String.join("\n", s.lankar());
        mal = new ArrayList<>(insatsView.mal().stream().map(m -> {
            SlutrapportView.Mal svar = s.mal().stream().filter(x -> x.nummer() == m.nummer()).findFirst().orElse(null);
            return new MalRad(m.nummer(), m.beskrivning(), svar == null ? null : svar.utfall(),
                    svar == null ? null : svar.uppnatt() ? "ja" : "nej");
        }).toList());
    }

    /** A label about goal {@code nummer}: "Utfall för mål 2". */
    public String text(String key, int nummer) {
        return Texter.text(Slutrapportform.class, key, nummer);
    }

    /** One goal row of the form. */
    public static class MalRad implements Serializable {
        private final int nummer;
        private final String beskrivning;
        private String utfall;
        private String uppnatt;

        MalRad(int nummer, String beskrivning, String utfall, String uppnatt) {
            this.nummer = nummer;
            this.beskrivning = beskrivning;
            this.utfall = utfall;
            this.uppnatt = uppnatt;
        }

        public int getNummer() { return nummer; }
        public String getBeskrivning() { return beskrivning; }
        public String getUtfall() { return utfall; }
        public void setUtfall(String utfall) { this.utfall = utfall; }
        public String getUppnatt() { return uppnatt; }
        public void setUppnatt(String uppnatt) { this.uppnatt = uppnatt; }
    }

    /** The first link refused, if any (the fields are named lankar[0], lankar[1] …). */
    public String getLankfel() {
        return fel.getFalt().entrySet().stream().filter(e -> e.getKey().startsWith("lankar")).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public long getInsats() { return insats; }
    public void setInsats(long insats) { this.insats = insats; }
    public InsatsView getInsatsView() { return insatsView; }
    public String getSyfte() { return syfte; }
    public void setSyfte(String syfte) { this.syfte = syfte; }
    public String getSammanfattning() { return sammanfattning; }
    public void setSammanfattning(String s) { this.sammanfattning = s; }
    public String getLeverVidare() { return leverVidare; }
    public void setLeverVidare(String s) { this.leverVidare = s; }
    public String getLankar() { return lankar; }
    public void setLankar(String lankar) { this.lankar = lankar; }
    public List<MalRad> getMal() { return mal; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
}
