package se.finsam.uppfoljning.pm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.Utveckling;
import se.finsam.uppfoljning.pm.boundary.Utvecklingen;
import se.finsam.uppfoljning.reports.Talformat;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.reports.SwedishFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Utveckling page: each of the PM's figures over the half-years, a chart and its table per series
 * side by side (the förbund first, then the insatser chosen for comparison, or all the caller may
 * read), and the same series as XLSX. Everything is chosen by GET ({@code ?insats=}, {@code ?format=xlsx}),
 * so a comparison is a link.
 */
@Named
@RequestScoped
public class UtvecklingSida {

    /** One of the PM's figures followed over time. */
    public record Matt(String id, String rubrik, List<Figur> figurer) {
    }

    /**
     * One series of one figure: its chart and the table of the same numbers. {@code namn} is the
     * insats' or the förbund's name (data, Swedish), {@code matt} the figure's heading, {@code rubrik}
     * the whole name the chart is read by.
     */
    public record Figur(String id, boolean forbundet, String namn, String matt, String rubrik, String svg,
                        List<String> kolumner, List<Rad> rader) {
    }

    public record Rad(String period, List<String> celler) {
    }

    /** An insats to tick for the comparison. */
    public record Val(long id, String namn, boolean vald) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Utveckling utveckling;

    private Utvecklingen serier;
    private List<Val> val = List.of();
    private List<Matt> matt = List.of();

    public void load() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        List<InsatsId> valda = Arrays.stream(Optional.ofNullable(ext.getRequestParameterValuesMap().get("insats"))
                        .orElse(new String[0])).map(UtvecklingSida::id).filter(Objects::nonNull).toList();
        if ("xlsx".equals(ext.getRequestParameterMap().get("format"))) {
            xlsx(ext, utveckling.xlsx(caller.require(), valda));
            return;
        }
        Utvecklingen alla = utveckling.serier(caller.require(), List.of());
        Set<Long> ids = valda.stream().map(InsatsId::varde).collect(Collectors.toSet());
        val = alla.insatser().stream().map(s -> new Val(s.insatsId(), s.namn(), ids.contains(s.insatsId()))).toList();
        serier = valda.isEmpty() ? alla : new Utvecklingen(alla.perioder(), alla.forbund(),
                alla.insatser().stream().filter(s -> ids.contains(s.insatsId())).toList());
        matt = matt(serier, Sprak.current());
    }

    /** The figures in the language {@code sprak}: their headings, the tables' columns and numbers. */
    static List<Matt> matt(Utvecklingen u, Locale sprak) {
        List<Utvecklingen.Serie> serier = new ArrayList<>();
        if (u.forbund() != null) {
            serier.add(u.forbund());
        }
        serier.addAll(u.insatser());
        return List.of(
                procentmatt("kvot", u, u.insatser(), Utvecklingen.Punkt::forbrukningskvotProcent, sprak),
                antalsmatt("inregistrerade", u, serier, Utvecklingen.Punkt::inregistrerade, sprak),
                antalsmatt("avslutade", u, serier, Utvecklingen.Punkt::avslutade, sprak),
                antalsmatt("pagaende", u, serier, Utvecklingen.Punkt::pagaende, sprak),
                procentmatt("andel-k", u, serier, p -> varde(p.andelK()), sprak),
                procentmatt("andel-m", u, serier, p -> varde(p.andelM()), sprak));
    }

    private static Matt procentmatt(String id, Utvecklingen u, List<Utvecklingen.Serie> serier,
                                    Function<Utvecklingen.Punkt, Integer> varde, Locale sprak) {
        return matt(id, u, serier, List.of(text(sprak, "utveckling.andel")), varde, v -> Talformat.procent(v, sprak),
                p -> List.of(Talformat.procent(varde.apply(p), sprak)), sprak);
    }

    private static Matt antalsmatt(String id, Utvecklingen u, List<Utvecklingen.Serie> serier,
                                   Function<Utvecklingen.Punkt, Km> varde, Locale sprak) {
        return matt(id, u, serier,
                List.of(text(sprak, "utveckling.kvinnor"), text(sprak, "utveckling.man"), text(sprak, "utveckling.summa")),
                p -> Optional.ofNullable(varde.apply(p)).map(Km::summa).orElse(null), v -> Talformat.heltal(v, sprak),
                p -> Optional.ofNullable(varde.apply(p)).map(km -> List.of(Talformat.heltal(km.k(), sprak),
                        Talformat.heltal(km.m(), sprak), Talformat.heltal(km.summa(), sprak))).orElse(streck(3)), sprak);
    }

    private static String text(Locale sprak, String key, Object... args) {
        return Texter.text(sprak, UtvecklingSida.class, key, args);
    }

    /**
     * One figure for every series: the bar is {@code stapel} of the half-year's point (printed by
     * {@code text}), the table's row {@code celler}; a half-year without a point is a row of "–".
     */
    private static Matt matt(String id, Utvecklingen u, List<Utvecklingen.Serie> serier, List<String> kolumner,
                             Function<Utvecklingen.Punkt, Integer> stapel, Function<Integer, String> text,
                             Function<Utvecklingen.Punkt, List<String>> celler, Locale sprak) {
        String rubrik = text(sprak, "utveckling.matt." + id);
        return new Matt(id, rubrik, serier.stream().map(s -> {
            List<Stapeldiagram.Stapel> staplar = new ArrayList<>();
            List<Rad> rader = new ArrayList<>();
            for (Utvecklingen.Period p : u.perioder()) {
                Optional<Utvecklingen.Punkt> punkt = punkt(s, p);
                Integer v = punkt.map(stapel).orElse(null);
                staplar.add(new Stapeldiagram.Stapel(kort(p), v, text.apply(v)));
                rader.add(new Rad(period(p, sprak), punkt.map(celler).orElse(streck(kolumner.size()))));
            }
            return figur(id, rubrik, s, staplar, kolumner, rader, sprak);
        }).toList());
    }

    private static List<String> streck(int antal) {
        return java.util.Collections.nCopies(antal, SwedishFormat.NONE);
    }

    private static Figur figur(String matt, String rubrik, Utvecklingen.Serie s, List<Stapeldiagram.Stapel> staplar,
                               List<String> kolumner, List<Rad> rader, Locale sprak) {
        String serie = s.namn() == null ? text(sprak, "utveckling.forbundet") : s.namn();
        boolean forbundet = s.insatsId() == null;
        String namn = text(sprak, forbundet ? "utveckling.figur.forbundet" : "utveckling.figur.insats", rubrik, serie);
        String id = matt + "-" + (forbundet ? "forbundet" : s.insatsId());
        // the chart is named in full by its table's caption, which marks the name as Swedish data
        String svg = Stapeldiagram.svg(text(sprak, "utveckling.diagram", rubrik), id + "-rubrik", staplar);
        return new Figur(id, forbundet, serie, rubrik, namn, svg, kolumner, rader);
    }

    private static Optional<Utvecklingen.Punkt> punkt(Utvecklingen.Serie s, Utvecklingen.Period p) {
        return s.punkter().stream().filter(x -> x.ar() == p.ar() && x.halvar() == p.halvar()).findFirst();
    }

    private static Integer varde(Procent p) {
        return p == null ? null : p.varde();
    }

    /** "2022 kv 1–2", the half-year in a table row. */
    static String period(Utvecklingen.Period p, Locale sprak) {
        return text(sprak, "utveckling.period." + p.halvar(), p.ar()) + (p.faststallt() ? text(sprak, "utveckling.faststallt") : "");
    }

    /** "2022:1", the half-year under a bar. */
    private static String kort(Utvecklingen.Period p) {
        return p.ar() + ":" + p.halvar();
    }

    private static InsatsId id(String text) {
        try {
            return new InsatsId(Long.parseLong(text.trim()));
        } catch (RuntimeException e) {
            // a tampered address chooses nothing rather than failing the page
            return null;
        }
    }

    private static void xlsx(ExternalContext ext, byte[] innehall) {
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseContentLength(innehall.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"utveckling.xlsx\"");
        ext.setResponseHeader("Cache-Control", "private, no-store");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(innehall);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public List<Matt> getMatt() {
        return matt;
    }

    public List<Val> getVal() {
        return val;
    }

    public boolean isForbundet() {
        return serier != null && serier.forbund() != null;
    }

    public boolean isTom() {
        return serier == null || serier.perioder().isEmpty();
    }

    public String getXlsxLank() {
        return "?format=xlsx" + val.stream().filter(Val::vald).map(v -> "&insats=" + v.id()).collect(Collectors.joining());
    }
}
