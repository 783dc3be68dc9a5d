package se.finsam.uppfoljning.avvikelse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import se.finsam.uppfoljning.budget.boundary.Arsbudget;
import se.finsam.uppfoljning.budget.boundary.ArsbudgetInput;
import se.finsam.uppfoljning.budget.boundary.Arsbudgetering;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.reports.Talformat;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Årets budget": the office sets the year's budget per insats (whole year and first half-year) and
 * opens a new year from the one before — the insatser that continue, with last year's budgets as the
 * proposal to confirm. Lives beside the money page, whose amount format it shares.
 */
@Named
@ViewScoped
public class ArsbudgetSida implements Serializable {

    /** One insats' row as the form edits it. */
    public static class Rad implements Serializable {
        private final Arsbudget.Rad insats;
        private boolean ingar = true;
        private String belopp;
        private String forstaHalvar;

        Rad(Arsbudget.Rad insats) {
            this.insats = insats;
            this.belopp = text(insats.belopp());
            this.forstaHalvar = text(insats.forstaHalvar());
            this.ingar = !insats.forslag() || insats.belopp() != null;
        }

        private static String text(BigDecimal b) {
            return b == null ? "" : b.stripTrailingZeros().toPlainString();
        }

        ArsbudgetInput.Rad input() {
            return new ArsbudgetInput.Rad(insats.insatsId(), insats.version(), json(belopp), json(forstaHalvar));
        }

        private static JsonValue json(String text) {
            return text == null || text.isBlank() ? JsonValue.NULL : Json.createValue(text);
        }

        public Arsbudget.Rad getInsats() { return insats; }
        public boolean isIngar() { return ingar; }
        public void setIngar(boolean ingar) { this.ingar = ingar; }
        public String getBelopp() { return belopp; }
        public void setBelopp(String belopp) { this.belopp = belopp; }
        public String getForstaHalvar() { return forstaHalvar; }
        public void setForstaHalvar(String forstaHalvar) { this.forstaHalvar = forstaHalvar; }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Arsbudgetering arsbudgetering;

    @Inject
    Kalender kalender;

    private Integer ar;
    private Arsbudget arsbudget;
    private List<Rad> rader = List.of();
    private String bekraftelse;
    private final Fel fel = new Fel();

    public void load() {
        if (ar == null || !Ar.giltigt(ar)) {
            ar = kalender.idag().getYear();
        }
        // a refusal here is the page's answer (403), not a message on it
        visa(arsbudgetering.arsbudget(caller.require(), new Ar(ar)));
    }

    private void visa(Arsbudget a) {
        arsbudget = a;
        rader = new ArrayList<>(a.insatser().stream().map(Rad::new).toList());
    }

    public void bekrafta() {
        bekraftelse = null;
        fel.clear();
        try {
            List<ArsbudgetInput.Rad> input = rader.stream().filter(r -> r.ingar).map(Rad::input)
                    .filter(r -> r.belopp() != JsonValue.NULL).toList();
            visa(arsbudgetering.bekrafta(caller.require(), new Ar(ar), new ArsbudgetInput(input)));
            bekraftelse = Texter.text(ArsbudgetSida.class, input.size() == 1 ? "arsbudget.klart.en" : "arsbudget.klart.flera", ar,
                    Talformat.heltal(input.size(), Sprak.current()));
        } catch (RuntimeException e) {
            fel.take(e);
            // the field names the rows by their place in what was sent: the page shows the summary
        }
    }

    public boolean isForslag() {
        return rader.stream().anyMatch(r -> r.insats.forslag());
    }

    public String kr(BigDecimal belopp) {
        return Talformat.kronor(belopp, Sprak.current());
    }

    public Integer getAr() { return ar; }
    public void setAr(Integer ar) { this.ar = ar; }
    public Arsbudget getArsbudget() { return arsbudget; }
    public List<Rad> getRader() { return rader; }
    public String getBekraftelse() { return bekraftelse; }
    public Fel getFel() { return fel; }
}
