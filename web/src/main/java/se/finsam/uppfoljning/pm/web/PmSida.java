package se.finsam.uppfoljning.pm.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.pm.boundary.Berattelser;
import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.boundary.PmTextInput;
import se.finsam.uppfoljning.pm.boundary.PmTextView;
import se.finsam.uppfoljning.pm.control.PmFil;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.reports.Markup;
import se.finsam.uppfoljning.reports.PmReport;
import se.finsam.uppfoljning.reports.PmText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's PM page for a half-year: the computed summary, the narrative sections to write (with
 * the previous PM's text to start from), and the draft as PDF, DOCX or XLSX. Without a half-year in
 * the address it opens on the latest half-year that has ended.
 */
@Named
@ViewScoped
public class PmSida implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Kalender kalender;

    @Inject
    Berattelser berattelser;

    @Inject
    PmDokument dokument;

    @Inject
    PmFiler filer;

    private int ar;
    private int halvar;
    private List<Avsnittsrad> avsnitt;
    private String sammanfattning;
    private final Fel fel = new Fel();
    private String bekraftelse;
    /** The section whose save was refused: its field errors are shown beside it only. */
    private String felAvsnitt;

    /** One section on the page: what was read, and the text being edited. */
    public static final class Avsnittsrad implements Serializable {
        private final PmTextView view;
        private String text;

        Avsnittsrad(PmTextView view) {
            this.view = view;
            this.text = view.text() == null ? "" : view.text();
        }

        public PmTextView getView() { return view; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }

        /** The saved text as HTML for the preview; Markup escapes every character the user wrote. */
        public String getForhandsvisning() {
            return Markup.html(view.text());
        }
    }

    public void load() {
        if (avsnitt != null) {
            return;
        }
        if (ar == 0 || halvar == 0) {
            // the latest half-year that has ended: in the first half of a year, last year's second
            var idag = kalender.idag();
            ar = idag.getMonthValue() <= 6 ? idag.getYear() - 1 : idag.getYear();
            halvar = idag.getMonthValue() <= 6 ? 2 : 1;
        }
        las();
    }

    private void las() {
        Caller c = caller.require();
        avsnitt = new ArrayList<>(berattelser.texter(c, ar, halvar).stream().map(Avsnittsrad::new).toList());
        PmReport pm = dokument.rapport(c, ar, halvar);
        sammanfattning = Markup.plain(pm.texter().get(PmText.SAMMANFATTNING));
    }

    public void spara(Avsnittsrad rad) {
        bekraftelse = null;
        try {
            berattelser.spara(caller.require(), ar, halvar, rad.getView().avsnitt(),
                    new PmTextInput(rad.getText(), rad.getView().version()));
            fel.clear();
            felAvsnitt = null;
            String rubrik = rad.getView().rubrik();
            las();
            bekraftelse = "Avsnittet " + rubrik + " är sparat.";
        } catch (RuntimeException e) {
            fel.take(e);
            felAvsnitt = rad.getView().avsnitt();
        }
    }

    /** Copies the previous PM's text into the section's editor; nothing is saved until the office saves. */
    public void anvandForslag(Avsnittsrad rad) {
        rad.setText(rad.getView().forslag());
        bekraftelse = "Förra PM:ets text för " + rad.getView().rubrik() + " är inlagd. Redigera och spara avsnittet.";
    }

    public void pdf() {
        ladda(PmFormat.PDF);
    }

    public void docx() {
        ladda(PmFormat.DOCX);
    }

    public void xlsx() {
        ladda(PmFormat.XLSX);
    }

    private void ladda(PmFormat format) {
        Caller c = caller.require();
        PmFil fil = filer.render(dokument.rapport(c, ar, halvar), c.requireForbund(), format);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(format.mediaType());
        ext.setResponseContentLength(fil.innehall().length);
        ext.setResponseHeader("Content-Disposition", fil.contentDisposition());
        ext.setResponseHeader("Cache-Control", "private, no-store");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(fil.innehall());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getPeriod() {
        return (halvar == 1 ? "kvartal 1 och 2 " : "kvartal 3 och 4 ") + ar;
    }

    public List<Avsnittsrad> getAvsnitt() { return avsnitt; }
    public String getSammanfattning() { return sammanfattning; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
    public String getFelAvsnitt() { return felAvsnitt; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getHalvar() { return halvar; }
    public void setHalvar(int halvar) { this.halvar = halvar; }
}
