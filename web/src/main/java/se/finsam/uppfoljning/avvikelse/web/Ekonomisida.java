package se.finsam.uppfoljning.avvikelse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Part;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseInput;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Beslut;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.budget.boundary.EkonomiView;
import se.finsam.uppfoljning.budget.boundary.RekvisitionInput;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.reports.Talformat;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An insats' money page for a year: budget per year and half-year, utfall and kvot, rekvisitioner
 * with status (the office approves or returns them here), carry-overs, deviations with decisions;
 * the rapportör's rekvisition form and the deviation form of the rapportörer and the steering group.
 * Lives in {@code avvikelse} because it shows both the budget and the deviations.
 */
@Named
@ViewScoped
public class Ekonomisida implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Ekonomi ekonomi;

    @Inject
    Avvikelsehantering avvikelser;

    @Inject
    Kalender kalender;

    private long insats;
    /** The view parameters as the boundaries take them, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private Ar aret;
    private Integer ar;
    private EkonomiView view;
    private List<AvvikelseView> lista;
    private final Fel fel = new Fel();
    private String bekraftelse;

    private Integer kvartal;
    private String belopp;
    private String meddelande;
    private String kommentar;
    private List<Kostnadsrad> kostnadsrader = tommaRader();
    private Integer bilagekvartal;
    private transient Part bilaga;

    private String typ = "BUDGET";
    private String beskrivning;
    private String begart;

    public void load() {
        if (view == null) {
            if (ar == null) {
                ar = kalender.idag().getYear();
            }
            insatsId = Adressdel.avkoda("insats", () -> new InsatsId(insats));
            aret = Adressdel.avkoda("ar", () -> new Ar(ar));
            refresh();
        }
    }

    public void skickaIn() {
        // rows left blank are not cost lines; the API numbers the rows it gets, so its field errors are
        // turned back into the page's row numbers
        List<RekvisitionInput.Rad> rader = new ArrayList<>();
        List<Integer> radnummer = new ArrayList<>();
        for (int i = 0; i < kostnadsrader.size(); i++) {
            Kostnadsrad r = kostnadsrader.get(i);
            if (!r.isTom()) {
                rader.add(new RekvisitionInput.Rad(r.getText(), json(r.getBelopp())));
                radnummer.add(i);
            }
        }
        act(() -> ekonomi.skickaIn(caller.require(), insatsId, new RekvisitionInput(ar, kvartal, json(belopp), rader, meddelande)),
                "ekonomi.klart.skickaIn");
        fel.renameFields(field -> {
            for (int j = 0; j < radnummer.size(); j++) {
                String prefix = "kostnadsrader[" + j + "]";
                if (field.startsWith(prefix)) {
                    return "rad" + radnummer.get(j) + field.substring(prefix.length());
                }
            }
            return field;
        });
    }

    public void laggTillRad() {
        if (kostnadsrader.size() < MAX_RADER) {
            kostnadsrader.add(new Kostnadsrad());
        }
    }

    /** The rapportör attaches the underlying invoice or ledger extract (PDF or XLSX) to a quarter's rekvisition. */
    public void bifoga() {
        if (bilagekvartal == null || bilaga == null || bilaga.getSize() == 0) {
            fel.clear();
            bekraftelse = null;
            fel.set(text("ekonomi.fel.bifoga"), bilagekvartal == null ? "bilagekvartal" : "bilaga",
                    text(bilagekvartal == null ? "ekonomi.fel.valjKvartal" : "ekonomi.fel.valjFil"));
            return;
        }
        byte[] innehall;
        try (InputStream in = bilaga.getInputStream()) {
            // the servlet's multipart limit (10 MB) has refused larger files before this is read
            innehall = in.readAllBytes();
        } catch (IOException e) {
            fel.set(text("ekonomi.fel.lasa"), "bilaga", text("ekonomi.fel.lasaKort"));
            return;
        }
        int kv = bilagekvartal;
        String filnamn = bilaga.getSubmittedFileName();
        act(() -> ekonomi.bifoga(caller.require(), insatsId, kvartal(kv), filnamn, innehall),
                "ekonomi.klart.bifoga", kv);
    }

    public void godkann(int kv) {
        act(() -> ekonomi.godkann(caller.require(), insatsId, kvartal(kv), new Beslut(null, null)),
                "ekonomi.klart.godkann", kv);
    }

    public void returnera(int kv) {
        act(() -> ekonomi.returnera(caller.require(), insatsId, kvartal(kv), new Beslut(null, kommentar)),
                "ekonomi.klart.returnera", kv);
    }

    public void lamnaIn() {
        boolean budget = "BUDGET".equals(typ);
        act(() -> avvikelser.lamnaIn(caller.require(), insatsId, new AvvikelseInput(typ, beskrivning, budget ? ar : null,
                budget ? json(begart) : null)), "ekonomi.klart.lamnaIn");
    }

    /** Runs a use case; on success the confirmation is the text {@code done} (with {@code args}) and the forms are emptied. */
    private void act(Supplier<?> action, String done, Object... args) {
        bekraftelse = null;
        try {
            action.get();
            fel.clear();
            bekraftelse = text(done, args);
            kvartal = null;
            belopp = null;
            meddelande = null;
            kommentar = null;
            kostnadsrader = tommaRader();
            bilagekvartal = null;
            bilaga = null;
            beskrivning = null;
            begart = null;
        } catch (RuntimeException e) {
            fel.take(e);
        }
        refresh();
    }

    private void refresh() {
        view = ekonomi.oversikt(caller.require(), insatsId, aret);
        lista = avvikelser.forInsats(caller.require(), insatsId);
    }

    private Rapportperiod kvartal(int kv) {
        return Adressdel.avkoda("kvartal", () -> new Rapportperiod(aret.varde(), kv));
    }

    private static JsonValue json(String text) {
        return text == null || text.isBlank() ? null : Json.createValue(text);
    }

    private static List<Kostnadsrad> tommaRader() {
        List<Kostnadsrad> rader = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rader.add(new Kostnadsrad());
        }
        return rader;
    }

    private static final int MAX_RADER = 20;

    /** One cost line as typed: what it is and its amount in kronor. */
    public static class Kostnadsrad implements Serializable {
        private String text;
        private String belopp;

        boolean isTom() {
            return (text == null || text.isBlank()) && (belopp == null || belopp.isBlank());
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getBelopp() { return belopp; }
        public void setBelopp(String belopp) { this.belopp = belopp; }
    }

    private static String text(String key, Object... args) {
        return Texter.text(Ekonomisida.class, key, args);
    }

    /** Kronor in the page's language: "1 290 000 kr" (non-breaking spaces) or "SEK 1,290,000"; "–" for nothing. */
    public String belopptext(BigDecimal belopp) {
        return Talformat.kronor(belopp, Sprak.current());
    }

    /** A kvot as the budget component writes it ("96 %", "–"), in the page's language ("96%"). */
    public String kvot(String kvot) {
        if (kvot == null || !kvot.endsWith("%") || !Sprak.isEnglish(Sprak.current())) {
            return kvot;
        }
        try {
            return Talformat.procent(Integer.valueOf(kvot.substring(0, kvot.length() - 1).replaceAll("[\\s\u00a0\u202f]", "")
                    .replace('\u2212', '-')), Sprak.current());
        } catch (NumberFormatException e) {
            return kvot;
        }
    }

    public List<AvvikelseView> getAvvikelser() { return lista; }
    public EkonomiView getView() { return view; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
    public long getInsats() { return insats; }
    public void setInsats(long insats) { this.insats = insats; }
    public Integer getAr() { return ar; }
    public void setAr(Integer ar) { this.ar = ar; }
    public Integer getKvartal() { return kvartal; }
    public void setKvartal(Integer kvartal) { this.kvartal = kvartal; }
    public String getBelopp() { return belopp; }
    public void setBelopp(String belopp) { this.belopp = belopp; }
    public String getMeddelande() { return meddelande; }
    public void setMeddelande(String meddelande) { this.meddelande = meddelande; }
    public String getKommentar() { return kommentar; }
    public void setKommentar(String kommentar) { this.kommentar = kommentar; }
    public String getTyp() { return typ; }
    public void setTyp(String typ) { this.typ = typ; }
    public List<Kostnadsrad> getKostnadsrader() { return kostnadsrader; }
    public boolean isFlerRader() { return kostnadsrader.size() < MAX_RADER; }
    public Integer getBilagekvartal() { return bilagekvartal; }
    public void setBilagekvartal(Integer bilagekvartal) { this.bilagekvartal = bilagekvartal; }
    public Part getBilaga() { return bilaga; }
    public void setBilaga(Part bilaga) { this.bilaga = bilaga; }
    public String getBeskrivning() { return beskrivning; }
    public void setBeskrivning(String beskrivning) { this.beskrivning = beskrivning; }
    public String getBegart() { return begart; }
    public void setBegart(String begart) { this.begart = begart; }
}
