package se.finsam.uppfoljning.sus.control;

import org.apache.poi.ss.usermodel.DateUtil;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.sus.SusFel;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Del;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Kolumn;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Matt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decodes a whole SUS file against the column profile: every problem is collected (one per problem
 * and row, with its code, row and column), and only a file without any becomes a {@link SusUtdrag}.
 * Nothing is looked up but the insats names ({@code insatser}); nothing is written.
 *
 * <p>Layout: optional lines "Nyckel;värde" before the heading row ({@code Uttagsdatum},
 * {@code Period från}, {@code Period till}, {@code Rapport}, {@code Kolumnprofil}); the heading row
 * is the first row whose first cell is "Insats"; then one row per insats. Empty rows and a sum row
 * ("Summa", "Totalt") are skipped.
 */
public final class SusAvkodning {

    public static final int MAX_PROBLEM = 1000;
    private static final int MAX_INLEDNING = 50;
    private static final int MAX_ANTAL = 10_000_000;
    private static final Pattern HELTAL = Pattern.compile("-?\\d+");
    /** Spaces between digit groups ("1 045", also no-break and thin spaces). */
    private static final Pattern SIFFERGRUPP = Pattern.compile("[\\s\u00a0\u2009\u202f]");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d)?");

    /** What the person uploading states: the period to import and, if the file lacks it, the extraction date. */
    public record Forvantan(int ar, int halvar, Optional<LocalDate> uttagsdatum) {
        public LocalDate periodFran() {
            return LocalDate.of(ar, 1, 1);
        }

        /** H1 statistics cover January–June, H2 the whole year (as the PMs print them). */
        public LocalDate periodTill() {
            return halvar == 1 ? LocalDate.of(ar, 6, 30) : LocalDate.of(ar, 12, 31);
        }
    }

    /** Either a clean extraction or the problems, never both. */
    public record Resultat(Optional<SusUtdrag> utdrag, List<SusProblem> problem, SusFil.Format format) {
        public Resultat {
            problem = List.copyOf(problem);
            if (utdrag.isPresent() && !problem.isEmpty()) {
                throw new IllegalArgumentException("ett utdrag med problem");
            }
        }
    }

    private final Forvantan forvantan;
    private final Function<String, Optional<String>> insatser;
    private final IntConsumer framsteg;

    private final List<SusProblem> problem = new ArrayList<>();
    private final Map<String, String> inledning = new HashMap<>();
    private final Map<String, Integer> inledningsrad = new HashMap<>();
    private final Map<Integer, Kolumn> kolumner = new TreeMap<>();
    private final List<String> ignorerade = new ArrayList<>();
    private final Map<String, Integer> insatsRad = new HashMap<>();
    private final List<SusUtdrag.Rad> rader = new ArrayList<>();
    private final Set<Grupp> grupper = EnumSet.noneOf(Grupp.class);
    private int insatskolumn = -1;
    private int rubrikrad;
    private int sistaKolumn;
    private int forklaringskolumn = -1;

    /**
     * @param insatser the förbund's insats for a name or code as written in the file (its code), if any
     * @param framsteg told the number of rows read so far
     */
    private SusAvkodning(Forvantan forvantan, Function<String, Optional<String>> insatser, IntConsumer framsteg) {
        this.forvantan = forvantan;
        this.insatser = insatser;
        this.framsteg = framsteg;
    }

    public static Resultat avkoda(byte[] innehall, Forvantan forvantan,
                                  Function<String, Optional<String>> insatser, IntConsumer framsteg) {
        return avkoda(innehall, forvantan, insatser, framsteg, rader -> { });
    }

    /** @param uppskattning told how many rows the file says it has, if it says so */
    public static Resultat avkoda(byte[] innehall, Forvantan forvantan, Function<String, Optional<String>> insatser,
                                  IntConsumer framsteg, IntConsumer uppskattning) {
        SusAvkodning a = new SusAvkodning(forvantan, insatser, framsteg);
        SusFil.Format format = null;
        try {
            format = SusFil.las(innehall, new SusFil.Radmottagare() {
                @Override
                public void rad(int rad, List<SusCell> celler) throws SusAvvisning {
                    a.rad(rad, celler);
                }

                @Override
                public void uppskattning(int rader) {
                    uppskattning.accept(rader);
                }
            });
        } catch (SusAvvisning e) {
            a.problem.addAll(e.problem());
            return new Resultat(Optional.empty(), a.problem, format);
        }
        return a.slut(format);
    }

    private void rad(int rad, List<SusCell> celler) throws SusAvvisning {
        framsteg.accept(rad);
        for (SusCell c : celler) {
            if (c.typ() == SusCell.Typ.FORMEL) {
                problem(SusProblem.of(SusFel.SUS_FORMEL, rad, rubrik(c.kolumn()), "=" + kort(c.text())));
            }
        }
        if (celler.isEmpty()) {
            return;
        }
        if (rubrikrad == 0) {
            inledning(rad, celler);
        } else {
            data(rad, celler);
        }
    }

    private void inledning(int rad, List<SusCell> celler) throws SusAvvisning {
        SusCell forsta = celler.getFirst();
        String nyckel = forsta.kolumn() == 0 ? SusKolumnprofil.normalisera(forsta.text()) : "";
        if (nyckel.equals(SusKolumnprofil.normalisera(SusKolumnprofil.INSATS))) {
            rubriker(rad, celler);
            return;
        }
        if (rad > MAX_INLEDNING) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_KOLUMN_SAKNAS, 0, "",
                    SusKolumnprofil.INSATS, SusKolumnprofil.VERSION));
        }
        if (!nyckel.isEmpty() && celler.size() > 1 && celler.get(1).kolumn() == 1) {
            SusCell varde = celler.get(1);
            inledning.put(nyckel, varde.typ() == SusCell.Typ.TAL ? "#" + varde.text() : varde.text());
            inledningsrad.put(nyckel, rad);
        }
    }

    private void rubriker(int rad, List<SusCell> celler) throws SusAvvisning {
        rubrikrad = rad;
        sistaKolumn = celler.getLast().kolumn();
        Map<Kolumn, Integer> sedda = new HashMap<>();
        for (SusCell c : celler) {
            if (c.kolumn() == 0) {
                insatskolumn = 0;
                continue;
            }
            if (SusKolumnprofil.normalisera(c.text()).equals(SusKolumnprofil.normalisera(SusKolumnprofil.FORKLARING))) {
                forklaringskolumn = c.kolumn();
                continue;
            }
            Optional<Kolumn> k = SusKolumnprofil.kolumn(c.text());
            if (k.isEmpty()) {
                ignorerade.add(c.text());
                continue;
            }
            Integer tidigare = sedda.put(k.get(), c.kolumn());
            if (tidigare != null) {
                problem(SusProblem.of(SusFel.SUS_DUBBEL_KOLUMN, rad, k.get().rubrik(), k.get().rubrik(),
                        SusCell.bokstav(tidigare), SusCell.bokstav(c.kolumn())));
                continue;
            }
            kolumner.put(c.kolumn(), k.get());
        }
        boolean ingen = Stream.of(Grupp.values()).flatMap(g -> SusKolumnprofil.kolumner(g).stream()).noneMatch(sedda::containsKey);
        for (Grupp g : Grupp.values()) {
            List<Kolumn> gruppens = SusKolumnprofil.kolumner(g);
            boolean nagon = gruppens.stream().anyMatch(sedda::containsKey);
            if (nagon || ingen && g == Grupp.DELTAGARE) {
                grupper.add(g);
                for (Kolumn k : gruppens) {
                    if (!sedda.containsKey(k)) {
                        problem(SusProblem.of(SusFel.SUS_KOLUMN_SAKNAS, rad, k.rubrik(), k.rubrik(), SusKolumnprofil.VERSION));
                    }
                }
            }
        }
    }

    private void data(int rad, List<SusCell> celler) throws SusAvvisning {
        String insats = null;
        String forklaring = null;
        Map<Kolumn, SusCell> varden = new HashMap<>();
        for (SusCell c : celler) {
            if (c.kolumn() == insatskolumn) {
                insats = c.typ() == SusCell.Typ.FORMEL ? null : c.text();
            } else if (c.kolumn() == forklaringskolumn) {
                forklaring = c.typ() == SusCell.Typ.FORMEL ? null : c.text();
            } else if (kolumner.containsKey(c.kolumn())) {
                varden.put(kolumner.get(c.kolumn()), c);
            } else if (c.kolumn() > sistaKolumn) {
                // a row longer than the headings: a shifted or merged row would otherwise lose figures unseen
                problem(SusProblem.of(SusFel.SUS_UTANFOR_RUBRIKRADEN, rad, "", SusCell.bokstav(c.kolumn())));
                return;
            }
        }
        if (insats != null) {
            String n = SusKolumnprofil.normalisera(insats);
            if (n.startsWith("summa") || n.startsWith("totalt") || n.startsWith("fördelning")) {
                return;
            }
        }
        if (insats == null || insats.isBlank()) {
            if (!varden.isEmpty()) {
                problem(SusProblem.of(SusFel.SUS_INSATS_SAKNAS, rad, SusKolumnprofil.INSATS));
            }
            return;
        }
        Map<String, Integer> antal = new LinkedHashMap<>();
        Map<String, BigDecimal> decimaler = new LinkedHashMap<>();
        Map<String, Integer> summor = new HashMap<>();
        for (Kolumn k : kolumner.values()) {
            if (!grupper.contains(k.matt().grupp())) {
                continue;
            }
            SusCell c = varden.get(k);
            if (c == null) {
                problem(SusProblem.of(SusFel.SUS_TOM_CELL, rad, k.rubrik()));
                continue;
            }
            if (k.matt().slag() == SusKolumnprofil.Slag.DECIMAL) {
                decimal(rad, k, c).ifPresent(v -> decimaler.put(k.matt().nyckel() + "." + k.del(), v));
                continue;
            }
            Optional<Integer> v = heltal(rad, k, c);
            if (v.isEmpty()) {
                continue;
            }
            if (k.del() == Del.SUMMA) {
                summor.put(k.matt().nyckel(), v.get());
            } else {
                antal.put(k.matt().nyckel() + "." + k.del(), v.get());
            }
        }
        for (Matt m : SusKolumnprofil.MATT) {
            Integer s = summor.get(m.nyckel());
            Integer kv = antal.get(m.nyckel() + ".K");
            Integer ma = antal.get(m.nyckel() + ".M");
            if (s != null && kv != null && ma != null && s != kv + ma) {
                // the consistency rule's own code (DEL-010): the same rule as on entry
                problem(SusProblem.of(DeltagareFel.SUMMA_STAMMER_INTE, rad, m.stam() + " S:a", m.stam(), kv + ma, s));
            }
        }
        Optional<String> kod = insatser.apply(insats);
        if (kod.isEmpty()) {
            problem(SusProblem.of(SusFel.SUS_OKAND_INSATS, rad, SusKolumnprofil.INSATS, kort(insats)));
            return;
        }
        Integer forra = insatsRad.putIfAbsent(kod.get(), rad);
        if (forra != null) {
            problem(SusProblem.of(SusFel.SUS_INSATS_TVA_GANGER, rad, SusKolumnprofil.INSATS, kort(insats), forra));
            return;
        }
        if (problem.isEmpty()) {
            rader.add(new SusUtdrag.Rad(rad, insats, kod.get(), antal, decimaler, forklaring));
        }
    }

    private Optional<Integer> heltal(int rad, Kolumn k, SusCell c) throws SusAvvisning {
        if (!typOk(rad, k, c)) {
            return Optional.empty();
        }
        String t = c.typ() == SusCell.Typ.TAL ? c.text().strip() : SIFFERGRUPP.matcher(c.text()).replaceAll("");
        BigDecimal v;
        try {
            if (c.typ() == SusCell.Typ.TAL) {
                v = new BigDecimal(t);
            } else if (HELTAL.matcher(t).matches() && t.length() <= 12) {
                v = new BigDecimal(t);
            } else {
                problem(SusProblem.of(SusFel.SUS_INTE_HELTAL, rad, k.rubrik(), kort(c.text())));
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            problem(SusProblem.of(SusFel.SUS_INTE_HELTAL, rad, k.rubrik(), kort(c.text())));
            return Optional.empty();
        }
        if (v.signum() < 0) {
            problem(SusProblem.of(SusFel.SUS_NEGATIVT, rad, k.rubrik(), kort(c.text())));
            return Optional.empty();
        }
        if (v.compareTo(BigDecimal.valueOf(MAX_ANTAL)) > 0 || v.stripTrailingZeros().scale() > 0) {
            problem(SusProblem.of(SusFel.SUS_INTE_HELTAL, rad, k.rubrik(), kort(c.text())));
            return Optional.empty();
        }
        return Optional.of(v.intValueExact());
    }

    private Optional<BigDecimal> decimal(int rad, Kolumn k, SusCell c) throws SusAvvisning {
        if (!typOk(rad, k, c)) {
            return Optional.empty();
        }
        String t = c.text().strip();
        try {
            BigDecimal v;
            if (c.typ() == SusCell.Typ.TAL) {
                v = new BigDecimal(t);
                if (v.stripTrailingZeros().scale() > 1) {
                    v = null;
                }
            } else {
                v = DECIMAL.matcher(t).matches() && t.length() <= 12 ? new BigDecimal(t.replace(',', '.')) : null;
            }
            if (v != null && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(MAX_ANTAL)) <= 0) {
                return Optional.of(v.setScale(1, java.math.RoundingMode.UNNECESSARY));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the problem below
        }
        problem(SusProblem.of(SusFel.SUS_INTE_DECIMALTAL, rad, k.rubrik(), kort(c.text())));
        return Optional.empty();
    }

    private boolean typOk(int rad, Kolumn k, SusCell c) throws SusAvvisning {
        switch (c.typ()) {
            case FORMEL -> {
                return false; // already named as a formula
            }
            case SANT_FALSKT -> {
                problem(SusProblem.of(SusFel.SUS_FEL_TYP, rad, k.rubrik(), "ett sant/falskt-värde"));
                return false;
            }
            case FEL -> {
                problem(SusProblem.of(SusFel.SUS_FEL_TYP, rad, k.rubrik(), "ett felvärde (" + kort(c.text()) + ")"));
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private Resultat slut(SusFil.Format format) {
        if (rubrikrad == 0) {
            problem.add(SusProblem.of(SusFel.SUS_KOLUMN_SAKNAS, 0, "", SusKolumnprofil.INSATS, SusKolumnprofil.VERSION));
            return new Resultat(Optional.empty(), problem, format);
        }
        String profil = inledning.getOrDefault("kolumnprofil", SusKolumnprofil.VERSION);
        if (!profil.equals(SusKolumnprofil.VERSION)) {
            problem.add(SusProblem.of(SusFel.SUS_OKAND_PROFIL, inledningsrad.get("kolumnprofil"), "Kolumnprofil",
                    kort(profil), SusKolumnprofil.VERSION));
        }
        period();
        LocalDate uttag = uttagsdatum();
        if (insatsRad.isEmpty() && problem.isEmpty()) {
            problem.add(SusProblem.of(SusFel.SUS_TOM_FIL, 0, ""));
        }
        if (!problem.isEmpty()) {
            return new Resultat(Optional.empty(), problem, format);
        }
        return new Resultat(Optional.of(new SusUtdrag(profil, inledning.getOrDefault("rapport", ""), uttag, grupper,
                rader, ignorerade)), List.of(), format);
    }

    private void period() {
        Optional<LocalDate> fran = datum("period från");
        Optional<LocalDate> till = datum("period till");
        if (fran.isEmpty() && till.isEmpty()) {
            return;
        }
        String filens = fran.map(LocalDate::toString).orElse("?") + "–" + till.map(LocalDate::toString).orElse("?");
        String vantad = forvantan.periodFran() + "–" + forvantan.periodTill();
        if (!filens.equals(vantad)) {
            int rad = inledningsrad.getOrDefault("period från", inledningsrad.getOrDefault("period till", 0));
            problem.add(SusProblem.of(SusFel.SUS_FEL_PERIOD, rad, "Period", filens, vantad));
        }
    }

    private LocalDate uttagsdatum() {
        Optional<LocalDate> filens = datum("uttagsdatum");
        Optional<LocalDate> angivet = forvantan.uttagsdatum();
        int rad = inledningsrad.getOrDefault("uttagsdatum", 0);
        if (filens.isEmpty() && angivet.isEmpty()) {
            if (!inledning.containsKey("uttagsdatum")) {
                problem.add(SusProblem.of(SusFel.SUS_UTTAGSDATUM, 0, "Uttagsdatum",
                        "Uttagsdatum saknas: ange det i filen (raden Uttagsdatum) eller vid uppladdningen."));
            }
            return null;
        }
        if (filens.isPresent() && angivet.isPresent() && !filens.equals(angivet)) {
            problem.add(SusProblem.of(SusFel.SUS_UTTAGSDATUM, rad, "Uttagsdatum",
                    "Uttagsdatum i filen (" + filens.get() + ") och det angivna (" + angivet.get() + ") skiljer sig åt."));
            return null;
        }
        LocalDate d = filens.or(() -> angivet).orElseThrow();
        if (d.isBefore(forvantan.periodFran())) {
            problem.add(SusProblem.of(SusFel.SUS_UTTAGSDATUM, rad, "Uttagsdatum",
                    "Uttagsdatum " + d + " ligger före perioden som läses in."));
        }
        return d;
    }

    /** A date line of the preamble: ISO text or an Excel date number; a bad one is a problem. */
    private Optional<LocalDate> datum(String nyckel) {
        String v = inledning.get(nyckel);
        if (v == null) {
            return Optional.empty();
        }
        try {
            if (v.startsWith("#")) {
                double serie = Double.parseDouble(v.substring(1));
                if (DateUtil.isValidExcelDate(serie) && serie > 0 && serie < 2_958_465) {
                    return Optional.of(DateUtil.getLocalDateTime(serie).toLocalDate());
                }
            } else {
                return Optional.of(LocalDate.parse(v.strip()));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // the problem below
        }
        problem.add(SusProblem.of(SusFel.SUS_UTTAGSDATUM, inledningsrad.get(nyckel), rubrikAv(nyckel),
                "\"" + kort(v.startsWith("#") ? v.substring(1) : v) + "\" är inget datum (ÅÅÅÅ-MM-DD)."));
        return Optional.empty();
    }

    private static String rubrikAv(String nyckel) {
        return Character.toUpperCase(nyckel.charAt(0)) + nyckel.substring(1);
    }

    private String rubrik(int kolumn) {
        Kolumn k = kolumner.get(kolumn);
        if (k != null) {
            return k.rubrik();
        }
        return kolumn == insatskolumn ? SusKolumnprofil.INSATS : "kolumn " + SusCell.bokstav(kolumn);
    }

    private void problem(SusProblem p) throws SusAvvisning {
        problem.add(p);
        if (problem.size() >= MAX_PROBLEM) {
            // the problems so far are already in the list: the refusal adds only its own
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_MANGA_FEL, 0, "", MAX_PROBLEM));
        }
    }

    private static String kort(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
