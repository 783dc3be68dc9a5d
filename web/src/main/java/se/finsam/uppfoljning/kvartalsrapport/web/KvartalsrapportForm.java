package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Granskning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportlasning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.RapportView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Utkast;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportperioder;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quarterly report page: the rapportör fills in and submits; the office reviews it beside the
 * previous quarter and returns it with comments, approves it, or unlocks an approved one.
 */
@Named
@ViewScoped
public class KvartalsrapportForm implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Kvartalsrapportering rapportering;

    @Inject
    Rapportlasning lasning;

    private long insats;
    private int ar;
    private int kvartal;
    /** The view parameters as the boundaries take them, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private Rapportperiod period;

    private RapportView rapport;
    private RapportView foregaende;
    private final Fel fel = new Fel();
    private String bekraftelse;

    private List<MalRad> mal = new ArrayList<>();
    private List<SvarRad> svar = new ArrayList<>();
    private String vakansSof;
    private String vakansEgen;
    private String budgetavvikelse;
    private String meddelande;
    private final Map<String, String> kommentarer = new LinkedHashMap<>();
    private List<AuditView> historik;

    public void load() {
        if (rapport == null) {
            insatsId = Adressdel.avkoda("insats", () -> new InsatsId(insats));
            period = Rapportperioder.av(ar, kvartal);
            refresh(lasning.rapport(caller.require(), insatsId, period));
            try {
                foregaende = lasning.rapport(caller.require(), insatsId, period.foregaende());
            } catch (RuntimeException none) {
                foregaende = null;
            }
        }
    }

    public void spara() {
        act(() -> rapportering.spara(caller.require(), insatsId, period, utkast()), text("rapport.klar.sparad"));
    }

    public void skickaIn() {
        act(() -> rapportering.sparaOchSkickaIn(caller.require(), insatsId, period, utkast()),
                text("rapport.klar.inskickad"));
    }

    public void returnera() {
        act(() -> rapportering.returnera(caller.require(), insatsId, period, new Granskning(rapport.version(),
                kommentarer.get("MAL"), kommentarer.get("RESURSER"), kommentarer.get("KVALITET"), kommentarer.get("OVRIGT"))),
                text("rapport.klar.returnerad"));
    }

    public void godkann() {
        act(() -> rapportering.godkann(caller.require(), insatsId, period, rapport.version()), text("rapport.klar.godkand"));
    }

    public void lasUpp() {
        act(() -> rapportering.lasUpp(caller.require(), insatsId, period, rapport.version()),
                text("rapport.klar.upplast"));
    }

    private static String text(String key, Object... args) {
        return Texter.text(KvartalsrapportForm.class, key, args);
    }

    private void act(java.util.function.Supplier<RapportView> action, String done) {
        bekraftelse = null;
        try {
            refresh(action.get());
            fel.clear();
            bekraftelse = done;
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    private void refresh(RapportView r) {
        rapport = r;
        historik = null;
        mal = new ArrayList<>(r.mal().stream().map(m -> new MalRad(m.nummer(), m.beskrivning(), m.status(), m.prognos(),
                m.kommentar())).toList());
        svar = new ArrayList<>(r.svar().stream().map(s -> new SvarRad(s.kod(), s.rubrik(), s.text(), s.alternativ(),
                s.forklaringKravsVid(), s.svar(), s.forklaring())).toList());
        vakansSof = janej(r.vakansSof());
        vakansEgen = janej(r.vakansEgen());
        budgetavvikelse = janej(r.budgetavvikelseInskickad());
        meddelande = r.meddelande();
        kommentarer.clear();
    }

    private Utkast utkast() {
        return new Utkast(rapport.version(),
                mal.stream().map(m -> new Utkast.MalInput(m.nummer, blank(m.status), blank(m.prognos), m.kommentar)).toList(),
                bool(vakansSof), bool(vakansEgen), bool(budgetavvikelse),
                svar.stream().map(s -> new Utkast.SvarInput(s.kod, blank(s.svar), s.forklaring)).toList(),
                meddelande);
    }

    /**
     * The report's audit trail (who, when, before, after), read when the page shows it: to the office
     * and the förbundschef, once the report exists; read again after every change made here.
     */
    public List<AuditView> getHistorik() {
        if (historik == null) {
            historik = rapport == null || rapport.id() == null ? List.of()
                    : rapportering.historik(caller.require(), insatsId, period);
        }
        return historik;
    }

    /** The previous quarter's answer to the same goal or question, for the office's comparison. */
    public String tidigareMal(int nummer) {
        return Optional.ofNullable(foregaende).flatMap(f -> f.mal().stream().filter(m -> m.nummer() == nummer).findFirst())
                .map(m -> (m.status() == null ? "–" : text("malstatus." + m.status())) + " / "
                        + (m.prognos() == null ? "–" : text("prognos." + m.prognos())))
                .orElseGet(() -> text("rapport.ingenRapport"));
    }

    public String tidigareSvar(String kod) {
        return Optional.ofNullable(foregaende).flatMap(f -> f.svar().stream().filter(s -> s.kod().equals(kod)).findFirst())
                .map(s -> s.svar() == null ? "–" : svarText(s.svar())).orElseGet(() -> text("rapport.ingenRapport"));
    }

    public List<String[]> getStatusAlternativ() {
        return Arrays.stream(MalStatus.values()).map(s -> new String[]{s.name(), text("malstatus." + s.name())}).toList();
    }

    public List<String[]> getPrognosAlternativ() {
        return Arrays.stream(Prognos.values()).map(s -> new String[]{s.name(), text("prognos." + s.name())}).toList();
    }

    /** An answer code in words ("Ja", "Ej ok"); a code the bundle does not know as it is. */
    public static String svarText(String kod) {
        return Arrays.stream(Svarstyp.values()).anyMatch(t -> t.svar().contains(kod)) ? text("svar." + kod) : kod;
    }

    private static String janej(Boolean b) {
        return b == null ? "" : b ? "JA" : "NEJ";
    }

    private static Boolean bool(String s) {
        return s == null || s.isBlank() ? null : "JA".equals(s);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One goal's answer as the form edits it. */
    public static class MalRad implements Serializable {
        private final int nummer;
        private final String beskrivning;
        private String status;
        private String prognos;
        private String kommentar;

        MalRad(int nummer, String beskrivning, String status, String prognos, String kommentar) {
            this.nummer = nummer;
            this.beskrivning = beskrivning;
            this.status = status;
            this.prognos = prognos;
            this.kommentar = kommentar;
        }

        public int getNummer() { return nummer; }
        public String getBeskrivning() { return beskrivning; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getPrognos() { return prognos; }
        public void setPrognos(String prognos) { this.prognos = prognos; }
        public String getKommentar() { return kommentar; }
        public void setKommentar(String kommentar) { this.kommentar = kommentar; }
        public String getNyckel() { return "mal[" + nummer + "]"; }
    }

    /** One quality question's answer as the form edits it. */
    public static class SvarRad implements Serializable {
        private final String kod;
        private final String rubrik;
        private final String text;
        private final List<String> alternativ;
        private final List<String> kravsVid;
        private String svar;
        private String forklaring;

        SvarRad(String kod, String rubrik, String text, List<String> alternativ, List<String> kravsVid, String svar, String forklaring) {
            this.kod = kod;
            this.rubrik = rubrik;
            this.text = text;
            this.alternativ = List.copyOf(alternativ);
            this.kravsVid = List.copyOf(kravsVid);
            this.svar = svar;
            this.forklaring = forklaring;
        }

        public String getKod() { return kod; }
        public String getRubrik() { return rubrik; }
        public String getText() { return text; }
        public List<String> getAlternativ() { return alternativ; }
        public String getKravsVidText() {
            return kravsVid.stream().map(KvartalsrapportForm::svarText).reduce((a, b) -> a + " " + text("rapport.eller") + " " + b).orElse("");
        }
        /** "Förklaring (frivillig)", or the answers that require one: "Förklaring (krävs vid svaret Nej eller Delvis)". */
        public String getForklaringEtikett() {
            String kravs = getKravsVidText();
            return kravs.isEmpty() ? text("rapport.forklaringFrivillig") : text("rapport.forklaringKravs", kravs);
        }
        public String getSvar() { return svar; }
        public void setSvar(String svar) { this.svar = svar; }
        public String getForklaring() { return forklaring; }
        public void setForklaring(String forklaring) { this.forklaring = forklaring; }
        public String getNyckel() { return "svar[" + kod + "]"; }
    }

    public long getInsats() { return insats; }
    public void setInsats(long insats) { this.insats = insats; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getKvartal() { return kvartal; }
    public void setKvartal(int kvartal) { this.kvartal = kvartal; }
    public RapportView getRapport() { return rapport; }
    public RapportView getForegaende() { return foregaende; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
    public List<MalRad> getMal() { return mal; }
    public List<SvarRad> getSvar() { return svar; }
    public String getVakansSof() { return vakansSof; }
    public void setVakansSof(String v) { this.vakansSof = v; }
    public String getVakansEgen() { return vakansEgen; }
    public void setVakansEgen(String v) { this.vakansEgen = v; }
    public String getBudgetavvikelse() { return budgetavvikelse; }
    public void setBudgetavvikelse(String v) { this.budgetavvikelse = v; }
    public String getMeddelande() { return meddelande; }
    public void setMeddelande(String m) { this.meddelande = m; }
    public Map<String, String> getKommentarer() { return kommentarer; }
}
