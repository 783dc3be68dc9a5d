package se.finsam.uppfoljning.pm.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.reports.Talformat;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.pm.boundary.Berattelser;
import se.finsam.uppfoljning.pm.boundary.Faststallande;
import se.finsam.uppfoljning.budget.boundary.Budgetkolumn;
import se.finsam.uppfoljning.pm.boundary.PmAndringar;
import se.finsam.uppfoljning.pm.boundary.PmKalla;
import se.finsam.uppfoljning.pm.boundary.PmStatistikkalla;
import se.finsam.uppfoljning.reports.StatistikTabell;
import se.finsam.uppfoljning.pm.boundary.Proveniens;
import se.finsam.uppfoljning.pm.boundary.Tabell4;
import se.finsam.uppfoljning.reports.SwedishFormat;
import se.finsam.uppfoljning.pm.boundary.PmStatus;
import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.boundary.PmTextInput;
import se.finsam.uppfoljning.pm.boundary.PmTextView;
import se.finsam.uppfoljning.pm.control.PmFil;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.control.PmUtgava;
import se.finsam.uppfoljning.pm.boundary.Lucka;
import se.finsam.uppfoljning.pm.boundary.PmLuckor;
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
 * The PM page for a half-year. For the office: the computed summary, the narrative sections to write
 * (with the previous PM's text to start from), the draft as PDF, DOCX or XLSX, freezing, and once
 * frozen what in today's data differs from the frozen PM. For the board: the frozen PM, or word that
 * there is none yet. Without a half-year in the address it opens on the latest half-year that has ended.
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
    Faststallande faststallande;

    @Inject
    Proveniens proveniens;

    @Inject
    PmLuckor pmLuckor;

    private int ar;
    private int halvar;
    /** The view parameters as a half-year, decoded once by {@link #load()} (400 PLT-425 for one that is none). */
    private Halvar period;
    private List<Avsnittsrad> avsnitt;
    private String sammanfattning;
    private PmStatus status;
    /** The board's view of a half-year without a frozen PM: there is nothing to show. */
    private boolean saknas;
    private boolean utkastlasare;
    private PmAndringar andringar;
    private List<Budgetunderlag> budget;
    private List<Summaunderlag> tabell6;
    /** The target group's rows as the PM prints them (name, then K, M, S:a, share, share of men); empty when it has none. */
    private List<List<String>> malgrupp = List.of();
    private String malgruppText;
    private PmUtgava utgava;
    private List<Lucka> luckor = List.of();
    private final Fel fel = new Fel();
    private String bekraftelse;
    /** The section whose save was refused: its field errors are shown beside it only. */
    private String felAvsnitt;

    /** The day a source row was entered or approved, in Swedish time, as the previews print it; "–" when unknown. */
    private static String dag(java.time.Instant t) {
        return t == null ? SwedishFormat.NONE
                : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(t.atZone(java.time.ZoneId.of("Europe/Stockholm")));
    }

    /**
     * A column of table 6 in the preview, today's data: its K, M and S:a sums as the PM prints them
     * and, behind the K sum, the individinsatser's recorded rows it was summed from with their source.
     */
    public static final class Summaunderlag implements Serializable {
        private final String figur;
        private final String k;
        private final String m;
        private final String summa;
        private final List<List<Del>> kallor;

        Summaunderlag(PmStatistikkalla kalla) {
            figur = kalla.figur();
            k = Talformat.heltal(kalla.k(), Sprak.current());
            m = Talformat.heltal(kalla.m(), Sprak.current());
            summa = Talformat.heltal(kalla.summa(), Sprak.current());
            kallor = kalla.rader().stream().map(r -> medNamn("pm.kalla.rad", new Namn(r.insats()), Talformat.heltal(r.k(), Sprak.current()),
                    Talformat.heltal(r.m(), Sprak.current()), kalla(r), new Namn(r.andradAv()), dag(r.andradAt())))
                    .toList();
        }

        private static String kalla(PmStatistikkalla.Rad r) {
            String uttag = r.uttagsdatum() == null ? "" : text("pm.kalla.uttag", SwedishFormat.date(r.uttagsdatum()));
            return switch (r.kalla()) {
                case "SUS" -> r.susImport() == null ? text("pm.kalla.sus", uttag)
                        : text("pm.kalla.susFil", r.susImport().filnamn(), SwedishFormat.date(r.susImport().uttagsdatum()));
                case "DATAPAKET" -> text("pm.kalla.datapaket", uttag);
                default -> text("pm.kalla.inmatad", uttag);
            };
        }

        public String getFigur() { return figur; }
        public String getK() { return k; }
        public String getM() { return m; }
        public String getSumma() { return summa; }
        public List<List<Del>> getKallor() { return kallor; }
    }

    /**
     * A row of table 4 in the preview, today's data: the figures as the PM prints them and, behind the
     * kvot, what it was computed from (the approved rekvisitioner with who entered and approved each).
     */
    public static final class Budgetunderlag implements Serializable {
        private final String namn;
        private final String utfall;
        private final String budget;
        private final String kvot;
        private final List<List<Del>> kallor;
        private final String budgetkalla;

        Budgetunderlag(Tabell4.Rad r, boolean helar, PmKalla kalla) {
            Budgetkolumn k = helar ? r.helaAret() : r.forstaHalvaret();
            namn = r.namn();
            utfall = Talformat.heltal(k.utfallTsek(), Sprak.current());
            budget = Talformat.heltal(k.budgetTsek(), Sprak.current());
            kvot = Talformat.procent(k.forbrukningskvotProcent(), Sprak.current());
            kallor = kalla.rekvisitioner().stream().map(q -> medNamn("pm.kalla.rekvisition", q.ar(), q.kvartal(),
                    kronor(q.belopp()), new Namn(q.inskickadAv()), dag(q.inskickad()), new Namn(q.godkandAv()), dag(q.godkand()))).toList();
            PmKalla.Budget b = kalla.budgetkalla();
            budgetkalla = text("pm.kalla.budget", kronor(kalla.utfall()), kronor(kalla.budget()), kronor(b.beviljat()), b.ar(),
                    kronor(b.overfortFranForegaendeAr()), helar ? "" : text("pm.kalla.forstaHalvaret", kronor(b.forstaHalvaret())));
        }

        /** Whole kronor as the preview prints them: "1 290 kr" or "SEK 1,290". */
        private static String kronor(java.math.BigDecimal belopp) {
            if (belopp == null) {
                return SwedishFormat.NONE;
            }
            java.math.BigDecimal kronor = belopp.setScale(0, java.math.RoundingMode.HALF_UP);
            return Sprak.isEnglish(Sprak.current()) ? Talformat.kronor(kronor, Sprak.ENGELSKA)
                    : SwedishFormat.integer(kronor.longValueExact()) + " kr";
        }

        public String getNamn() { return namn; }
        public String getUtfall() { return utfall; }
        public String getBudget() { return budget; }
        public String getKvot() { return kvot; }
        public List<List<Del>> getKallor() { return kallor; }
        public String getBudgetkalla() { return budgetkalla; }
    }

    /** A part of a source's text: words of the page, or a name (an insats, a person), which the page marks as Swedish data. */
    public record Del(String text, boolean namn) implements Serializable {
    }

    private record Namn(String varde) {
    }

    private static final char MARKE = '\u0001';

    /** The text {@code key} filled in, in parts: each {@link Namn} argument its own part. */
    static List<Del> medNamn(String key, Object... args) {
        Object[] markerade = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            markerade[i] = args[i] instanceof Namn ? MARKE + String.valueOf(i) + MARKE : args[i];
        }
        List<Del> delar = new ArrayList<>();
        String[] bitar = text(key, markerade).split(String.valueOf(MARKE), -1);
        for (int i = 0; i < bitar.length; i++) {
            if (i % 2 == 1) {
                delar.add(new Del(((Namn) args[Integer.parseInt(bitar[i])]).varde(), true));
            } else if (!bitar[i].isEmpty()) {
                delar.add(new Del(bitar[i], false));
            }
        }
        return delar;
    }

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
            // the office and the förbundschef land on the running half-year, a live draft with what it
            // still lacks; the board on the latest that has ended (in a year's first half, last year's second)
            Halvar lopande = Halvar.containing(kalender.idag());
            Halvar h = caller.require().hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF) ? lopande : lopande.foregaende();
            ar = h.ar();
            halvar = h.halvar();
        }
        period = Adressdel.avkoda("halvar", () -> new Halvar(ar, halvar));
        las();
    }

    private void las() {
        Caller c = caller.require();
        utkastlasare = c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF);
        saknas = false;
        try {
            status = faststallande.status(c, period);
        } catch (UppfoljningException e) {
            if (!PmFel.INGET_FASTSTALLT_PM.code().equals(e.code())) {
                throw e;
            }
            // the board, and a half-year whose PM is not frozen: no PM to read yet
            saknas = true;
            avsnitt = List.of();
            malgrupp = List.of();
            tabell6 = List.of();
            return;
        }
        avsnitt = utkastlasare
                ? new ArrayList<>(berattelser.texter(c, period).stream().map(Avsnittsrad::new).toList())
                : List.of();
        luckor = utkastlasare && !status.faststallt() ? pmLuckor.luckor(c, period) : List.of();
        PmReport pm = dokument.rapport(c, period);
        sammanfattning = Markup.plain(pm.texter().get(PmText.SAMMANFATTNING));
        andringar = status.faststallt() && utkastlasare ? faststallande.andringar(c, period) : null;
        budget = utkastlasare ? proveniens.kvoter(c, period).stream()
                .map(k -> new Budgetunderlag(k.rad(), halvar == 2, k.kalla())).toList() : List.of();
        tabell6 = utkastlasare ? Proveniens.TABELL6_KOLUMNER.stream()
                .map(k -> new Summaunderlag(proveniens.tabell6(c, period, k))).filter(u -> !u.getKallor().isEmpty()).toList()
                : List.of();
        StatistikTabell mg = pm.tabeller().stream().filter(t -> t instanceof StatistikTabell st && st.nummer() == StatistikTabell.MALGRUPP)
                .map(StatistikTabell.class::cast).findFirst().orElse(null);
        malgrupp = mg == null ? List.of() : mg.rader().stream().map(r -> List.of(r.getNamn(), r.getC1(), r.getC2(), r.getC3(),
                r.getC4(), r.getC5())).toList();
        malgruppText = mg == null ? null : mg.notering();
    }

    /** Freezes the PM as it reads now; afterwards the page shows the frozen PM and what changed since. */
    public void faststall() {
        bekraftelse = null;
        try {
            faststallande.faststall(caller.require(), period);
            fel.clear();
            felAvsnitt = null;
            las();
            bekraftelse = text("pm.klart.faststallt", getPeriod());
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    public void spara(Avsnittsrad rad) {
        bekraftelse = null;
        try {
            berattelser.spara(caller.require(), period, rad.getView().avsnitt(),
                    new PmTextInput(rad.getText(), rad.getView().version()));
            fel.clear();
            felAvsnitt = null;
            String rubrik = rubrik(rad.getView());
            las();
            bekraftelse = text("pm.klart.sparat", rubrik);
        } catch (RuntimeException e) {
            fel.take(e);
            felAvsnitt = rad.getView().avsnitt();
        }
    }

    /** Copies the previous PM's text into the section's editor; nothing is saved until the office saves. */
    public void anvandForslag(Avsnittsrad rad) {
        rad.setText(rad.getView().forslag());
        bekraftelse = text("pm.klart.forslag", rubrik(rad.getView()));
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

    /** What the draft still lacks, for the office and the förbundschef (none once frozen). */
    public List<Lucka> getLuckor() {
        return luckor;
    }

    /** The edition the downloads are in: the board's default is the public one. */
    public String getUtgava() {
        return utgava != null ? utgava.name() : PmDokument.standardutgava(caller.require()).name();
    }

    public void setUtgava(String utgava) {
        this.utgava = utgava == null ? null : PmUtgava.avkoda(utgava);
    }

    private void ladda(PmFormat format) {
        Caller c = caller.require();
        PmFil fil = dokument.fil(c, period, format, utgava);
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
        return text(halvar == 1 ? "pm.period.1" : "pm.period.2", ar);
    }

    /**
     * A gap in the page's language: in Swedish the PM component's own sentence; in English one by its
     * kind, its quarter or half-year read from the address that mends it.
     */
    public String luckText(Lucka l) {
        if (!Sprak.isEnglish(Sprak.current())) {
            return l.text();
        }
        String key = "lucka." + l.typ().name();
        String ar = parameter(l.lank(), "ar");
        return switch (l.typ()) {
            case KVARTALSRAPPORT_SAKNAS, KVARTALSRAPPORT_EJ_GODKAND -> text(key, parameter(l.lank(), "kvartal"), ar);
            case STATISTIK_SAKNAS -> text(key, "2".equals(parameter(l.lank(), "halvar")) ? "January–December" : "January–June", ar);
            case BUDGET_SAKNAS -> text(key, ar);
            // the gap names the section by its Swedish heading
            case TEXT_SAKNAS -> text(key, AVSNITT.stream()
                    .filter(a -> l.text().contains(Texter.text(Sprak.SVENSKA, PmSida.class, "avsnitt." + a + ".rubrik")))
                    .map(a -> text("avsnitt." + a + ".rubrik")).findFirst().orElse(""));
            default -> text(key);
        };
    }

    /** The PM's sections, as the bundle names them ({@code avsnitt.<section>.rubrik}). */
    private static final List<String> AVSNITT = List.of("BAKGRUND", "MAL_KOMMENTAR", "KVALITET_KOMMENTAR", "REFLEKTIONER");

    /** A section's heading as the editor names it, in the page's language (the PM prints the Swedish one). */
    public String rubrik(PmTextView v) {
        return text("avsnitt." + v.avsnitt() + ".rubrik");
    }

    /** Where in the PM the section stands, in the page's language. */
    public String plats(PmTextView v) {
        return text("avsnitt." + v.avsnitt() + ".plats");
    }

    private static String parameter(String lank, String namn) {
        for (String del : lank.substring(lank.indexOf('?') + 1).split("[&#]")) {
            if (del.startsWith(namn + "=")) {
                return del.substring(namn.length() + 1);
            }
        }
        return "";
    }

    static String text(String key, Object... args) {
        return Texter.text(PmSida.class, key, args);
    }

    public List<Avsnittsrad> getAvsnitt() { return avsnitt; }
    public List<Summaunderlag> getTabell6() { return tabell6; }
    public List<List<String>> getMalgrupp() { return malgrupp; }
    public String getMalgruppText() { return malgruppText; }
    public PmStatus getStatus() { return status; }
    public boolean isSaknas() { return saknas; }
    public boolean isUtkastlasare() { return utkastlasare; }
    public boolean isFaststallt() { return status != null && status.faststallt(); }
    public PmAndringar getAndringar() { return andringar; }
    public List<Budgetunderlag> getBudget() { return budget; }

    /** "2023-02-14 10:31" in Swedish time, for the status line. */
    public String getFaststalltNar() {
        return status == null || status.faststalltAt() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(status.faststalltAt().atZone(java.time.ZoneId.of("Europe/Stockholm")));
    }
    public String getSammanfattning() { return sammanfattning; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }
    public String getFelAvsnitt() { return felAvsnitt; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getHalvar() { return halvar; }
    public void setHalvar(int halvar) { this.halvar = halvar; }
}
