package se.finsam.uppfoljning.deltagare.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.StatistikInput;
import se.finsam.uppfoljning.deltagare.boundary.StatistikView;
import se.finsam.uppfoljning.deltagare.control.Regelbrott;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry page of an individinsats' participant statistics for a period: the figures by sex, the
 * termination reasons and the target group, the consistency rules checked as the person types (the
 * same rules the save applies, through {@code Deltagarstatistiken.kontrollera}) and shown beside the
 * field they concern, and the previous period's figures beside each field for comparison.
 */
@Named
@ViewScoped
public class DeltagarstatistikForm implements Serializable {

    /** The fields holding counts by sex, in the order of the table; their labels are the bundle's {@code falt.<field>}. */
    public static final List<String> ANTALSFALT = List.of("pagaendeStart", "inregistrerade", "avslutade",
            "avslutadeHelaPerioden", "pagaendeSlut", "arbeteStudier");

    @Inject
    CurrentCaller caller;

    @Inject
    Deltagarstatistiken statistiken;

    @Inject
    Kalender kalender;

    private long insats;
    private int ar;
    private int halvar;
    /** The view parameters as the boundary takes them, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private Halvar period;

    private StatistikView view;
    private final Map<String, String> varden = new HashMap<>();
    private final Map<String, String> forklaringar = new HashMap<>();
    private final Fel fel = new Fel();
    private List<Regelbrott> regler = List.of();
    private final Map<String, String> inmatningsfel = new HashMap<>();
    private String bekraftelse;

    public void load() {
        if (view == null) {
            insatsId = Adressdel.avkoda("insats", () -> new InsatsId(insats));
            if (ar == 0 || halvar == 0) {
                // an address without its period (a bookmark, the insats page's link): the latest with figures
                refresh(statistiken.hamtaSenaste(caller.require(), insatsId, kalender.idag()));
                ar = view.ar();
                halvar = view.halvar();
            }
            period = Statistikperioder.av(ar, halvar);
            if (view == null) {
                refresh(statistiken.hamta(caller.require(), insatsId, period));
            }
            regler = view.brott();
        }
    }

    /** The rules the figures typed so far break (blank counts as 0); the save applies the same. */
    public void kontrollera() {
        bekraftelse = null;
        inmatningsfel.clear();
        StatistikInput in = input(true);
        if (!inmatningsfel.isEmpty()) {
            regler = List.of();
            return;
        }
        try {
            regler = statistiken.kontrollera(caller.require(), insatsId, period, in);
        } catch (RuntimeException e) {
            Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(t instanceof UppfoljningException u)) {
                throw e;
            }
            regler = List.of();
            u.fieldErrors().forEach(f -> inmatningsfel.put(f.field(), Oversattning.falt(f.message(), u.code(), Sprak.current())));
        }
    }

    /**
     * After an ajax request from the page's script (the figures are in the model by now), the rules
     * are checked again: whatever the script's request pressed, the messages shown are for the
     * figures sent.
     */
    public void efterAjax() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces.isPostback() && faces.getPartialViewContext().isAjaxRequest() && view != null) {
            kontrollera();
        }
    }

    public void spara() {
        bekraftelse = null;
        inmatningsfel.clear();
        StatistikInput in = input(false);
        if (!inmatningsfel.isEmpty()) {
            return;
        }
        try {
            refresh(statistiken.spara(caller.require(), insatsId, period, in));
            fel.clear();
            regler = view.brott();
            bekraftelse = text("statistik.klart");
        } catch (RuntimeException e) {
            fel.take(e);
        }
    }

    private void refresh(StatistikView v) {
        view = v;
        varden.clear();
        forklaringar.clear();
        if (v.siffror() != null) {
            fill(varden, v.siffror());
            forklaringar.putAll(v.forklaringar());
        }
    }

    private static void fill(Map<String, String> m, StatistikInput s) {
        ANTALSFALT.forEach(f -> km(m, f, km(s, f)));
        m.put("anonyma", text(s.anonyma()));
        m.put("handlingsplanProcent", text(s.handlingsplanProcent()));
        if (s.avslutningsanledningar() != null) {
            s.avslutningsanledningar().forEach(a -> km(m, "anledning." + a.kod(), new StatistikInput.Km(a.k(), a.m(), null)));
        }
        if (s.malgrupp() != null) {
            km(m, "malgrupp.antal", s.malgrupp().antal());
            if (s.malgrupp().fordelning() != null) {
                s.malgrupp().fordelning().forEach(k -> km(m, "malgrupp." + k.kategori(), new StatistikInput.Km(k.k(), k.m(), null)));
            }
        }
    }

    private static StatistikInput.Km km(StatistikInput s, String falt) {
        return switch (falt) {
            case "pagaendeStart" -> s.pagaendeStart();
            case "inregistrerade" -> s.inregistrerade();
            case "avslutade" -> s.avslutade();
            case "avslutadeHelaPerioden" -> s.avslutadeHelaPerioden();
            case "pagaendeSlut" -> s.pagaendeSlut();
            default -> s.arbeteStudier();
        };
    }

    private static void km(Map<String, String> m, String falt, StatistikInput.Km km) {
        if (km != null) {
            m.put(falt + ".k", text(km.k()));
            m.put(falt + ".m", text(km.m()));
        }
    }

    private static String text(Integer v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** @param preliminar a check while typing: a blank count is 0 */
    private StatistikInput input(boolean preliminar) {
        Map<String, StatistikInput.Km> km = new HashMap<>();
        ANTALSFALT.forEach(f -> km.put(f, km(f, preliminar)));
        List<StatistikInput.Anledning> anledningar = view.avslutningsanledningar().stream().map(a -> {
            StatistikInput.Km n = km("anledning." + a.kod(), true);
            return new StatistikInput.Anledning(a.kod(), n.k(), n.m(), null);
        }).toList();
        boolean harMalgrupp = varden.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("malgrupp.") && e.getValue() != null && !e.getValue().isBlank());
        StatistikInput.MalgruppInput malgrupp = !harMalgrupp ? null : new StatistikInput.MalgruppInput(null,
                km("malgrupp.antal", true), view.malgruppskategorier().stream().map(k -> {
                    StatistikInput.Km n = km("malgrupp." + k.kategori(), true);
                    return new StatistikInput.Kategori(k.kategori(), n.k(), n.m(), null);
                }).filter(k -> k.k() != 0 || k.m() != 0).toList(),
                view.siffror() == null || view.siffror().malgrupp() == null ? null : view.siffror().malgrupp().snittdagarK(),
                view.siffror() == null || view.siffror().malgrupp() == null ? null : view.siffror().malgrupp().snittdagarM());
        StatistikInput s = view.siffror();
        return new StatistikInput(view.version(), s == null ? null : s.uttagsdatum(), km.get("pagaendeStart"),
                km.get("inregistrerade"), km.get("avslutade"), km.get("avslutadeHelaPerioden"), km.get("pagaendeSlut"),
                tal("anonyma", true), km.get("arbeteStudier"), tal("handlingsplanProcent", true), null,
                s == null ? null : s.anledningarUttagsdatum(), anledningar, null, malgrupp,
                forklaringar.entrySet().stream().map(e -> new StatistikInput.Forklaring(e.getKey(), e.getValue())).toList());
    }

    private StatistikInput.Km km(String falt, boolean blankArNoll) {
        Integer k = tal(falt + ".k", blankArNoll);
        Integer m = tal(falt + ".m", blankArNoll);
        return new StatistikInput.Km(k, m, null);
    }

    private Integer tal(String falt, boolean blankArNoll) {
        String v = varden.get(falt);
        if (v == null || v.isBlank()) {
            return blankArNoll && !falt.equals("handlingsplanProcent") ? 0 : null;
        }
        try {
            return Integer.valueOf(v.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            inmatningsfel.put(falt, text("statistik.fel.heltal"));
            return null;
        }
    }

    /** Every message about a field: what cannot be read, the rules it breaks, what the last save said. */
    public String meddelande(String falt) {
        List<String> texter = new ArrayList<>();
        if (inmatningsfel.containsKey(falt)) {
            texter.add(inmatningsfel.get(falt));
        }
        regler.stream().filter(r -> r.falt().equals(falt)).forEach(r -> texter.add(regeltext(r) + " (" + r.kod() + ")"));
        String sparfel = fel.getFalt().get(falt);
        if (sparfel != null && texter.isEmpty()) {
            texter.add(sparfel);
        }
        return String.join(" ", texter);
    }

    /** The messages about the fields starting with {@code prefix} (the reasons, a target-group dimension). */
    public String meddelanden(String prefix) {
        return Stream.concat(inmatningsfel.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue),
                regler.stream().filter(r -> r.falt().startsWith(prefix)).map(r -> regeltext(r) + " (" + r.kod() + ")"))
                .distinct().collect(Collectors.joining(" "));
    }

    /** A broken rule's message in the page's language (the rules speak Swedish, their catalogue has English). */
    public String regeltext(Regelbrott r) {
        return Oversattning.text(r.meddelande(), r.kod(), Sprak.current());
    }

    /** The rules that fire now, in the order the page lists them. */
    public List<Regelbrott> getRegler() {
        return regler;
    }

    /** Whether the rule fires and may be explained: its explanation field is then shown. */
    public boolean forklaringBehovs(String kod) {
        return regler.stream().anyMatch(r -> r.kod().equals(kod)) || !forklaringar.getOrDefault(kod, "").isBlank();
    }

    /** K + M of what is typed, or empty while a number cannot be read. */
    public String summa(String falt) {
        try {
            int k = parse(varden.get(falt + ".k"));
            int m = parse(varden.get(falt + ".m"));
            return String.valueOf(k + m);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static int parse(String v) {
        return v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
    }

    /** The previous period's figure of the field, or "–". */
    public String foregaende(String falt) {
        if (view == null || view.foregaende() == null) {
            return "–";
        }
        Map<String, String> m = new HashMap<>();
        fill(m, view.foregaende().siffror());
        String v = m.get(falt);
        return v == null || v.isBlank() ? "–" : v;
    }

    public String getForegaendePeriod() {
        return view == null || view.foregaende() == null ? null
                : view.foregaende().ar() + " " + text("manader." + view.foregaende().halvar());
    }

    /** The period's months, "jan–juni" or "Jan–June". */
    public String getManader() {
        return text("manader." + view.halvar());
    }

    static String text(String key, Object... args) {
        return Texter.text(DeltagarstatistikForm.class, key, args);
    }

    /** Everything a check re-renders, as client ids (js/deltagarstatistik.js sends them with the check). */
    public String getRenderIds() {
        List<String> ids = new ArrayList<>(List.of("regelsammanfattning", "m-avslutningsanledningar", "m-malgrupp", "forklaringar"));
        ANTALSFALT.forEach(f -> {
            ids.add("m-" + f + "-k");
            ids.add("m-" + f + "-m");
            ids.add("s-" + f);
        });
        ids.add("m-anonyma");
        ids.add("m-handlingsplanProcent");
        return ids.stream().map(id -> "statistik:" + id).collect(Collectors.joining(" "));
    }

    /** The count fields with their labels in the page's language. */
    public List<Map.Entry<String, String>> getAntalsfalt() {
        return ANTALSFALT.stream().map(f -> Map.entry(f, text("falt." + f))).toList();
    }

    public String rubrik(String kod) {
        return getForklarbara().contains(kod) ? text("forklara." + kod) : kod;
    }

    public List<String> getForklarbara() {
        return List.of("DEL-012", "DEL-013", "DEL-015");
    }

    public long getInsats() { return insats; }
    public void setInsats(long insats) { this.insats = insats; }
    public int getAr() { return ar; }
    public void setAr(int ar) { this.ar = ar; }
    public int getHalvar() { return halvar; }
    public void setHalvar(int halvar) { this.halvar = halvar; }
    public StatistikView getView() { return view; }
    public Map<String, String> getVarden() { return varden; }
    public Map<String, String> getForklaringar() { return forklaringar; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return bekraftelse; }

    public boolean isKanSpara() {
        return Objects.requireNonNull(caller.require()).hasAny(se.finsam.uppfoljning.plattform.control.Roll.RAPPORTOR,
                se.finsam.uppfoljning.plattform.control.Roll.KANSLI);
    }
}
