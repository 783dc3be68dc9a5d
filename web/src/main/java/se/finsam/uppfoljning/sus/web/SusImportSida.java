package se.finsam.uppfoljning.sus.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.finsam.uppfoljning.sus.SusFel;
import se.finsam.uppfoljning.sus.boundary.SusImport;
import se.finsam.uppfoljning.sus.boundary.SusImportHistorik;
import se.finsam.uppfoljning.sus.boundary.SusImportResultat;
import se.finsam.uppfoljning.sus.boundary.SusImportStatus;
import se.finsam.uppfoljning.sus.control.SusFil;
import se.finsam.uppfoljning.sus.control.Uttagsdatum;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The office's SUS import: upload a file (and the period, and the extraction date if the file lacks
 * it), follow the check, read the problems or the preview per insats, commit, see the result and the
 * imports so far. Everything goes through {@link SusImport}, as the API does.
 */
@Named
@ViewScoped
public class SusImportSida implements Serializable {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    /** The stored figures that have a name in the bundle ({@code sus.falt.<name>}); others are shown by their own name. */
    private static final Set<String> FALT = Set.of("uttagsdatum", "pagaendeStart", "inregistrerade", "avslutade",
            "avslutadeHelaPerioden", "pagaendeSlut", "anonyma", "arbeteStudier", "kodlista", "anledningarUttagsdatum",
            "handlingsplanProcent");

    @Inject
    CurrentCaller caller;

    @Inject
    SusImport susImport;

    @Inject
    Kalender kalender;

    private String id;
    private SusImportStatus status;
    private List<SusImportHistorik> historik;
    private transient Part fil;
    private int ar;
    private int halvar = 2;
    private String uttagsdatum;
    private String bekraftelse;
    private final Fel fel = new Fel();

    public void load() {
        if (ar == 0) {
            LocalDate idag = kalender.idag();
            ar = idag.getMonthValue() <= 6 ? idag.getYear() - 1 : idag.getYear();
            halvar = idag.getMonthValue() <= 6 ? 2 : 1;
        }
        // a refusal (not the office, an import that is not there) is the page's status, not a message on it
        if (id != null && !id.isBlank()) {
            status = susImport.status(caller.require(), id);
            ar = status.ar();
            halvar = status.halvar();
        }
        historik = susImport.historik(caller.require());
    }

    /** Takes the file and starts the check; the page follows it at its own address. */
    public String ladda() {
        bekraftelse = null;
        fel.clear();
        try {
            if (fil == null || fil.getSize() == 0) {
                throw UppfoljningException.withFields(SusFel.SUS_TOM_FIL,
                        List.of(new UppfoljningException.FieldError("fil", text("sus.fel.valjFil"))));
            }
            if (fil.getSize() > SusFil.MAX_BYTES) {
                throw UppfoljningException.of(SusFel.SUS_FOR_STOR, SusFil.MAX_MB);
            }
            byte[] innehall;
            try (InputStream in = fil.getInputStream()) {
                innehall = in.readNBytes(SusFil.MAX_BYTES + 1);
            }
            SusImportStatus s = susImport.starta(caller.require(), innehall, fil.getSubmittedFileName(), Statistikperioder.av(ar, halvar),
                    Uttagsdatum.tolka(uttagsdatum), false);
            return "/sus-import.xhtml?faces-redirect=true&id=" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            fel.take(e);
            return null;
        }
    }

    public void genomfor() {
        bekraftelse = null;
        try {
            SusImportResultat r = susImport.genomfor(caller.require(), id);
            status = susImport.status(caller.require(), id);
            historik = susImport.historik(caller.require());
            bekraftelse = r.andrade() == 0
                    ? text("sus.klart.inget", r.oforandrade())
                    : text(r.andrade() == 1 ? "sus.klart.en" : "sus.klart.flera", r.andrade(),
                    r.oforandrade() > 0 ? text("sus.klart.oforandrade", r.oforandrade()) : text("sus.klart.slut"));
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    /** A stored figure's name in words. */
    public String falt(String falt) {
        if (falt.startsWith("anledning.")) {
            return text("sus.falt.anledning", falt.substring("anledning.".length()).toLowerCase().replace('_', ' '));
        }
        if (falt.startsWith("malgrupp.")) {
            return text("sus.falt.malgrupp", falt.substring("malgrupp.".length()).toLowerCase().replace('_', ' '));
        }
        return FALT.contains(falt) ? text("sus.falt." + falt) : falt;
    }

    /** "24/31" as "24 K, 31 M"; nothing as "–". */
    public String varde(String v) {
        if (v == null || v.isEmpty() || v.equals("null")) {
            return "–";
        }
        int snedstreck = v.indexOf('/');
        if (snedstreck > 0 && v.chars().filter(c -> c == '/').count() == 1 && v.matches("\\d+/\\d+")) {
            return text("sus.varde.km", v.substring(0, snedstreck), v.substring(snedstreck + 1));
        }
        return v;
    }

    public String tid(java.time.Instant t) {
        return t == null ? "–" : TID.format(t);
    }

    public String halvarText(int h) {
        return text(h == 1 ? "sus.halvarText.1" : "sus.halvarText.2");
    }

    private static String text(String key, Object... args) {
        return Texter.text(SusImportSida.class, key, args);
    }

    /** A problem of the file in the page's language (the check writes Swedish, its catalogue has English). */
    public String problem(SusImportStatus.Problem p) {
        return Oversattning.text(p.meddelande(), p.kod(), Sprak.current());
    }

    public String getIgnorerade() {
        return status == null ? "" : String.join(", ", status.ignoreradeKolumner());
    }

    public boolean isGranskas() {
        return status != null && "GRANSKAS".equals(status.status());
    }

    public int getProcent() {
        if (status == null || status.uppskattadeRader() <= 0) {
            return 0;
        }
        return Math.min(100, 100 * status.lastaRader() / status.uppskattadeRader());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SusImportStatus getStatus() { return status; }
    public List<SusImportHistorik> getHistorik() { return historik; }
    public Part getFil() { return fil; }
    public void setFil(Part fil) { this.fil = fil; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getHalvar() { return halvar; }
    public void setHalvar(int halvar) { this.halvar = halvar; }
    public String getUttagsdatum() { return uttagsdatum; }
    public void setUttagsdatum(String uttagsdatum) { this.uttagsdatum = uttagsdatum; }
    public String getBekraftelse() { return bekraftelse; }
    public Fel getFel() { return fel; }

    /** For the template download: the file is streamed as the response. */
    public void mall() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        byte[] b = susImport.mall(caller.require(), false);
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseContentLength(b.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"sus-kolumnprofil-v1.xlsx\"");
        try {
            ext.getResponseOutputStream().write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
