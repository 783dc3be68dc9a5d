package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragaView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragebatteriView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Fragebatterier;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * "Frågebatterier": the office sees a year's question sets, and edits one — rewords, adds, reorders
 * its questions — or starts a new one from a quarter with the set in force then as the proposal. A
 * question's answer type is chosen once: the page offers it only for questions not yet saved, and
 * {@link Fragebatterier} refuses a change (KVR-011) whatever the page sends.
 */
@Named
@ViewScoped
public class FragebatteriSida implements Serializable {

    /** One question as the form edits it. */
    public static class Rad implements Serializable {
        private String kod;
        private String rubrik;
        private String text;
        private String svarstyp = "JA_NEJ";
        private String forklaring = "";
        private boolean sparad;

        static Rad of(FragaView f, boolean sparad) {
            Rad r = new Rad();
            r.kod = f.kod();
            r.rubrik = f.rubrik();
            r.text = f.text();
            r.svarstyp = f.svarstyp();
            r.forklaring = String.join(", ", f.forklaringKravsVid() == null ? List.of() : f.forklaringKravsVid());
            r.sparad = sparad;
            return r;
        }

        FragaView view() {
            List<String> svar = forklaring == null || forklaring.isBlank() ? List.of()
                    : Arrays.stream(forklaring.split("[,\\s]+")).filter(s -> !s.isBlank()).map(String::toUpperCase).toList();
            return new FragaView(kod == null ? null : kod.strip(), rubrik, text, svarstyp, svar);
        }

        public String getKod() { return kod; }
        public void setKod(String kod) { this.kod = kod; }
        public String getRubrik() { return rubrik; }
        public void setRubrik(String rubrik) { this.rubrik = rubrik; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getSvarstyp() { return svarstyp; }
        public void setSvarstyp(String svarstyp) { this.svarstyp = svarstyp; }
        public String getForklaring() { return forklaring; }
        public void setForklaring(String forklaring) { this.forklaring = forklaring; }
        public boolean isSparad() { return sparad; }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Fragebatterier fragebatterier;

    @Inject
    Kalender kalender;

    private Integer ar;
    private Integer fran;
    private List<FragebatteriView> batterier = List.of();
    private List<Rad> rader = new ArrayList<>();
    private boolean nytt;
    /** The version of the set the form shows, sent with the save (0 for a new set). */
    private long version;
    private String forslagFran;
    private String bekraftelse;
    private final Fel fel = new Fel();

    public void load() {
        if (ar == null || !Ar.giltigt(ar)) {
            ar = kalender.idag().getYear();
        }
        // a refusal here is the page's answer (403), not a message on it
        batterier = fragebatterier.ar(caller.require(), new Ar(ar));
        if (fran != null && fran >= 1 && fran <= 4) {
            oppna();
        } else {
            fran = null;
        }
    }

    /** The set from the quarter, or a new one proposed from the set in force then. */
    private void oppna() {
        FragebatteriView befintligt = batterier.stream().filter(b -> b.franKvartal().equals(fran)).findFirst().orElse(null);
        nytt = befintligt == null;
        version = befintligt == null ? 0L : befintligt.version();
        if (befintligt != null) {
            rader = new ArrayList<>(befintligt.fragor().stream().map(f -> Rad.of(f, true)).toList());
            return;
        }
        var iKraft = fragebatterier.iKraft(caller.require(), new Ar(ar), fran);
        forslagFran = iKraft.map(b -> Texter.text(FragebatteriSida.class, "fragebatterier.forslagFran", b.ar(), b.franKvartal())).orElse(null);
        rader = new ArrayList<>(iKraft.map(b -> b.fragor().stream().map(f -> Rad.of(f, false)).toList()).orElse(List.of()));
        if (rader.isEmpty()) {
            laggTill();
        }
    }

    public void laggTill() {
        rader.add(new Rad());
    }

    public void upp(int index) {
        if (index > 0 && index < rader.size()) {
            Collections.swap(rader, index, index - 1);
        }
    }

    public void ner(int index) {
        if (index >= 0 && index < rader.size() - 1) {
            Collections.swap(rader, index, index + 1);
        }
    }

    /** Removes a question not yet saved; a saved one stays, because reports may have answered it. */
    public void taBort(int index) {
        if (index >= 0 && index < rader.size() && !rader.get(index).sparad) {
            rader.remove(index);
        }
    }

    public void spara() {
        bekraftelse = null;
        fel.clear();
        try {
            FragebatteriView sparat = fragebatterier.spara(caller.require(), new Ar(ar), fran, version,
                    rader.stream().map(Rad::view).toList());
            version = sparat.version();
            rader = new ArrayList<>(sparat.fragor().stream().map(f -> Rad.of(f, true)).toList());
            batterier = fragebatterier.ar(caller.require(), new Ar(ar));
            nytt = false;
            bekraftelse = rader.size() == 1 ? Texter.text(FragebatteriSida.class, "fragebatterier.sparatEn", ar, fran)
                    : Texter.text(FragebatteriSida.class, "fragebatterier.sparat", ar, fran, rader.size());
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    /** An answer type in words ("Ja / nej / delvis"), "–" for none. */
    public static String svarstypText(String svarstyp) {
        return svarstyp == null || svarstyp.isBlank() ? "–" : Texter.text(FragebatteriSida.class, "svarstyp." + svarstyp);
    }

    /** A text about question {@code nummer} of the form ("Rubrik, fråga 2"), for labels that tell the questions apart. */
    public String fraga(String key, int nummer) {
        return Texter.text(FragebatteriSida.class, key, nummer);
    }

    public String getSvarstypText(Rad rad) {
        return svarstypText(rad.svarstyp);
    }

    public Integer getAr() { return ar; }
    public void setAr(Integer ar) { this.ar = ar; }
    public Integer getFran() { return fran; }
    public void setFran(Integer fran) { this.fran = fran; }
    public List<FragebatteriView> getBatterier() { return batterier; }
    public List<Rad> getRader() { return rader; }
    public boolean isNytt() { return nytt; }
    public String getForslagFran() { return forslagFran; }
    public String getBekraftelse() { return bekraftelse; }
    public Fel getFel() { return fel; }
}
