package se.finsam.uppfoljning.datapaket.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.Part;
import se.finsam.uppfoljning.datapaket.DatapaketFel;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaketering;
import se.finsam.uppfoljning.datapaket.boundary.Datapaketgranskning;
import se.finsam.uppfoljning.datapaket.boundary.Forhandsgranskning;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Datapaket": the office uploads a half-year data package, sees per insats what it would change and
 * whether it is taken (a dry run of the import itself, {@link Datapaketgranskning}), and commits it
 * all or nothing; and exports a half-year's package. The uploaded bytes are kept with the view, so
 * the commit imports exactly the package that was previewed.
 */
@Named
@ViewScoped
public class DatapaketSida implements Serializable {

    /** A package is a few megabytes at most; a larger upload is not one. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Set<String> REGISTER = Set.of("NY", "ANDRAS", "OFORANDRAD", "EJ_I_PAKETET");

    @Inject
    CurrentCaller caller;

    @Inject
    Datapaketgranskning granskning;

    @Inject
    Datapaketering datapaketering;

    @Inject
    Kalender kalender;

    private transient Part fil;
    private String filnamn;
    private byte[] innehall;
    private Forhandsgranskning forhandsgranskning;
    private Datapaketering.Resultat inlast;
    private int ar;
    private int halvar;
    private final Fel fel = new Fel();

    /** Only the office imports; anyone else is refused the page (403), as the import would refuse them. */
    public void load() {
        Atkomst.requireReviewer(caller.require());
        if (ar == 0) {
            // the half-year before today's: the one whose PM the office is writing
            Halvar foregaende = Halvar.containing(kalender.idag()).foregaende();
            ar = foregaende.ar();
            halvar = foregaende.halvar();
        }
    }

    public void ladda() {
        fel.clear();
        inlast = null;
        forhandsgranskning = null;
        try {
            if (fil == null || fil.getSize() == 0 || fil.getSize() > MAX_BYTES) {
                fel.set(paketetHarFel(), "fil", text("datapaket.fel.valjFil"));
                return;
            }
            try (InputStream in = fil.getInputStream()) {
                innehall = in.readNBytes(MAX_BYTES);
            }
            filnamn = fil.getSubmittedFileName();
            forhandsgranskning = granskning.forhandsgranska(caller.require(), paket());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonbException e) {
            innehall = null;
            fel.set(paketetHarFel(), "fil", text("datapaket.fel.json", e.getMessage()));
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    /** Imports the package previewed; a package that was refused in the preview is not offered. */
    public void genomfor() {
        fel.clear();
        try {
            inlast = datapaketering.importera(caller.require(), paket());
            innehall = null;
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    private Datapaket paket() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(new String(innehall, java.nio.charset.StandardCharsets.UTF_8), Datapaket.class);
        } catch (JsonbException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String paketetHarFel() {
        return Oversattning.text(DatapaketFel.PAKETET_HAR_FEL.message(), DatapaketFel.PAKETET_HAR_FEL.code(), Sprak.current());
    }

    /** Why the preview refused the package, in the page's language. */
    public String getMeddelande() {
        return forhandsgranskning == null ? null
                : Oversattning.text(forhandsgranskning.meddelande(), forhandsgranskning.kod(), Sprak.current());
    }

    /** One of the refused package's field messages, in the page's language. */
    public String falt(UppfoljningException.FieldError f) {
        return Oversattning.falt(f.message(), forhandsgranskning == null ? null : forhandsgranskning.kod(), Sprak.current());
    }

    public String register(String status) {
        return REGISTER.contains(status) ? text("register." + status) : status;
    }

    public String delar(Forhandsgranskning.Insatsandring a) {
        return a.delar().isEmpty() ? "–" : String.join(", ", a.delar().stream().map(DatapaketSida::del).toList());
    }

    /** A count of the preview, "3 kvartalsrapporter", in the page's language: its word is the bundle's {@code del.<word>}. */
    private static String del(String del) {
        Matcher m = DEL.matcher(del);
        if (!m.matches()) {
            return del;
        }
        String key = "del." + m.group(2).replace('ö', 'o').replace('ä', 'a').replace('å', 'a');
        try {
            return m.group(1) + " " + text(key);
        } catch (IllegalStateException e) {
            // a part the bundle does not name yet is shown as the data package component wrote it
            return del;
        }
    }

    private static final Pattern DEL = Pattern.compile("(\\d+) (\\p{L}+)");

    private static String text(String key, Object... args) {
        return Texter.text(DatapaketSida.class, key, args);
    }

    public boolean isKanGenomforas() {
        return forhandsgranskning != null && forhandsgranskning.godtas() && innehall != null && inlast == null;
    }

    public Part getFil() { return fil; }
    public void setFil(Part fil) { this.fil = fil; }
    public String getFilnamn() { return filnamn; }
    public Forhandsgranskning getForhandsgranskning() { return forhandsgranskning; }
    public Datapaketering.Resultat getInlast() { return inlast; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getHalvar() { return halvar; }
    public void setHalvar(int halvar) { this.halvar = halvar; }
    public Fel getFel() { return fel; }
}
