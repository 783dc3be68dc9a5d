package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.pm.control.Rojandeskydd;
import se.finsam.uppfoljning.reports.SwedishFormat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which counts and shares of the participant tables (6–9 and the target group) a PM's public form
 * shows as {@code ..}: each table's counts and the sums that hold among them go to
 * {@link Rojandeskydd}; a share is hidden with any count it is computed from. The internal form's
 * plan ({@link #INGEN}) hides nothing.
 *
 * <p>Each count has a key naming its table, row and column ("6.avslutade.2.k", "7.summa.s",
 * "8.totalt", "9.4.m", "mg.1.k"), by which the tables' formatting asks for it.
 */
final class Skyddsplan {

    /** What a hidden figure prints as (Kolada's and SCB's sign for a figure withheld for privacy). */
    static final String DOLD = "..";

    static final Skyddsplan INGEN = new Skyddsplan(0, Set.of());

    private static final String[] KMS = {"k", "m", "s"};

    /** One of table 6's four groups: its key, read from an insats' row and from the sum row. */
    record Grupp6(String namn, Function<Deltagartabellerna.Rad6, Km> rad, Function<Deltagartabellerna.Tabell6, Km> summa) {
    }

    /** Table 6's groups in the order the table prints them. */
    static final List<Grupp6> GRUPPER6 = List.of(
            new Grupp6("inregistrerade", Deltagartabellerna.Rad6::inregistrerade, Deltagartabellerna.Tabell6::inregistrerade),
            new Grupp6("avslutade", Deltagartabellerna.Rad6::avslutade, Deltagartabellerna.Tabell6::avslutade),
            new Grupp6("avslutadeHelaPerioden", Deltagartabellerna.Rad6::avslutadeHelaPerioden,
                    Deltagartabellerna.Tabell6::avslutadeHelaPerioden),
            new Grupp6("pagaende", Deltagartabellerna.Rad6::pagaende, Deltagartabellerna.Tabell6::pagaende));

    private final int troskel;
    private final Set<String> dolda;

    private Skyddsplan(int troskel, Set<String> dolda) {
        this.troskel = troskel;
        this.dolda = Set.copyOf(dolda);
    }

    /** The public form's plan for a half-year's participant tables. */
    static Skyddsplan av(Deltagartabellerna d, Rojandeskydd skydd) {
        Set<String> dolda = new HashSet<>();
        if (d.deltagare() != null) {
            Deltagartabellerna.Tabell6 t = d.deltagare();
            for (Grupp6 grupp : GRUPPER6) {
                Tvavag tabell = new Tvavag("6." + grupp.namn());
                t.rader().forEach(r -> tabell.rad(grupp.rad().apply(r)));
                tabell.summa(grupp.summa().apply(t));
                dolda.addAll(tabell.dolda(skydd));
            }
        }
        if (d.utfall() != null) {
            Tvavag tabell = new Tvavag("7");
            d.utfall().rader().forEach(r -> tabell.rad(r.arbeteStudier()));
            tabell.summa(d.utfall().arbeteStudier());
            dolda.addAll(tabell.dolda(skydd));
        }
        if (d.anonyma() != null) {
            Rojandeskydd.Tabell t = new Rojandeskydd.Tabell();
            Map<String, Integer> celler = new LinkedHashMap<>();
            for (int i = 0; i < d.anonyma().rader().size(); i++) {
                celler.put("8." + i, t.cell(d.anonyma().rader().get(i).antal()));
            }
            int totalt = t.cell(d.anonyma().totalt());
            t.summa(totalt, celler.values().stream().mapToInt(Integer::intValue).toArray());
            celler.put("8.totalt", totalt);
            dolda.addAll(nycklar(celler, skydd.dolj(t)));
        }
        if (d.avslutningsanledningar() != null) {
            dolda.addAll(tabell9(d.avslutningsanledningar(), skydd));
        }
        if (d.malgrupp() != null) {
            Tvavag tabell = new Tvavag("mg");
            int samtliga = tabell.summa(d.malgrupp().antal());
            Map<String, List<Integer>> perDimension = new LinkedHashMap<>();
            for (Deltagartabellerna.MalgruppRad r : d.malgrupp().kategorier()) {
                perDimension.computeIfAbsent(r.dimension(), x -> new ArrayList<>()).add(tabell.rad(r.antal()));
            }
            // a dimension whose categories add up to all enrolled gives the reader one more sum to solve
            perDimension.values().forEach(rader -> tabell.kolumnsumma(samtliga, rader));
            dolda.addAll(tabell.dolda(skydd));
        }
        return new Skyddsplan(skydd.troskel(), dolda);
    }

    /**
     * Table 9's reasons and its computed rows: each row's K + M = S:a, and each computed row the sum
     * of the reasons it names (a snapshot from before the rows named them adds no column sums).
     */
    private static Set<String> tabell9(Deltagartabellerna.Avslutningsanledningar a, Rojandeskydd skydd) {
        Tvavag tabell = new Tvavag("9");
        Map<String, Integer> radAvKod = new HashMap<>();
        List<Integer> rader = new ArrayList<>();
        for (Deltagartabellerna.AnledningRad r : a.rader()) {
            int rad = tabell.rad(r.antal());
            rader.add(rad);
            if (r.kod() != null) {
                radAvKod.put(r.kod(), rad);
            }
        }
        Map<String, List<Integer>> perKategori = new LinkedHashMap<>();
        for (int i = 0; i < a.rader().size(); i++) {
            if (a.rader().get(i).kategori() != null) {
                perKategori.computeIfAbsent(a.rader().get(i).kategori(), k -> new ArrayList<>()).add(rader.get(i));
            }
        }
        for (int i = 0; i < a.rader().size(); i++) {
            Deltagartabellerna.AnledningRad r = a.rader().get(i);
            if (r.summa()) {
                if (r.delar() != null) {
                    tabell.kolumnsumma(rader.get(i), r.delar().stream().map(radAvKod::get).filter(java.util.Objects::nonNull).toList());
                }
                // a category that happens to add up to the same sum (work by extent adds up to "S:a
                // Arbete" when every worker's extent is known) is one more sum a reader can solve
                for (List<Integer> kategori : perKategori.values()) {
                    tabell.kolumnsumma(rader.get(i), kategori);
                }
            }
        }
        return tabell.dolda(skydd);
    }

    /** The index of an insats' row in table 6, by which its counts are keyed; "saknas" where it has none. */
    static String rad6(Deltagartabellerna d, long insatsId) {
        List<Deltagartabellerna.Rad6> rader = d.deltagare() == null ? List.of() : d.deltagare().rader();
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).insatsId() == insatsId) {
                return String.valueOf(i);
            }
        }
        return "saknas";
    }

    /** Whether the form hides anything at all (then the tables print the legend). */
    boolean nagotDolt() {
        return !dolda.isEmpty();
    }

    boolean dold(String nyckel) {
        return dolda.contains(nyckel);
    }

    /** A count as the PM prints it, or {@link #DOLD}. */
    String antal(String nyckel, int varde) {
        return dold(nyckel) ? DOLD : SwedishFormat.integer(varde);
    }

    /** K, M and S:a of a count under its row's key ("6.avslutade.2" → ".k", ".m", ".s"). */
    List<String> km(String rad, Km km) {
        return List.of(antal(rad + ".k", km.k()), antal(rad + ".m", km.m()), antal(rad + ".s", km.summa()));
    }

    /** A share as the PM prints it ("–" for none), or {@link #DOLD} when a count it comes from is hidden. */
    String andel(Procent p, String... kallor) {
        for (String kalla : kallor) {
            if (dold(kalla)) {
                return DOLD;
            }
        }
        return p == null ? SwedishFormat.NONE : SwedishFormat.percent(p.varde());
    }

    /** The legend line under a table that hides something; null when it hides nothing. */
    String legend() {
        return nagotDolt() ? DOLD + " Uppgiften visas inte: färre än " + troskel
                + " personer, eller den skulle gå att räkna fram ur andra uppgifter i tabellen (röjandeskydd)." : null;
    }

    /** A sentence under a table and the legend, either of them absent. */
    String medLegend(String notering, String prefix) {
        boolean tabellenDoljer = dolda.stream().anyMatch(n -> n.startsWith(prefix + "."));
        if (!tabellenDoljer) {
            return notering;
        }
        return notering == null ? legend() : notering + "\n" + legend();
    }

    private static Set<String> nycklar(Map<String, Integer> celler, BitSet dolda) {
        Set<String> n = new HashSet<>();
        celler.forEach((nyckel, cell) -> {
            if (dolda.get(cell)) {
                n.add(nyckel);
            }
        });
        return n;
    }

    /**
     * A table of K, M and S:a rows: each row's S:a is K + M, and the sum row (or any row standing for
     * a sum of others) is the column sums of its parts. Rows are keyed by their index, the sum row
     * "summa".
     */
    private static final class Tvavag {
        private final String prefix;
        private final Rojandeskydd.Tabell tabell = new Rojandeskydd.Tabell();
        private final List<int[]> rader = new ArrayList<>();
        private final Map<String, Integer> celler = new LinkedHashMap<>();
        private int[] summarad;

        Tvavag(String prefix) {
            this.prefix = prefix;
        }

        /** Adds a row and answers its index. */
        int rad(Km km) {
            int index = rader.size();
            rader.add(celler(prefix + "." + index, km));
            return index;
        }

        /** The table's sum row, whose columns are the sums of every row's; answers -1 (its index). */
        int summa(Km km) {
            summarad = celler(prefix + ".summa", km);
            List<Integer> alla = new ArrayList<>();
            for (int i = 0; i < rader.size(); i++) {
                alla.add(i);
            }
            if (!alla.isEmpty()) {
                kolumnsumma(-1, alla);
            }
            return -1;
        }

        /** States that row {@code total} (-1: the sum row) is, column by column, the sum of {@code delar}. */
        void kolumnsumma(int total, List<Integer> delar) {
            if (delar.isEmpty()) {
                return;
            }
            int[] summa = total < 0 ? summarad : rader.get(total);
            for (int c = 0; c < 3; c++) {
                long varde = tabell.varde(summa[c]);
                int[] cell = new int[delar.size()];
                long delsumma = 0;
                for (int i = 0; i < delar.size(); i++) {
                    cell[i] = rader.get(delar.get(i))[c];
                    delsumma += tabell.varde(cell[i]);
                }
                if (delsumma == varde) {
                    tabell.summa(summa[c], cell);
                }
            }
        }

        private int[] celler(String rad, Km km) {
            int k = tabell.cell(km.k());
            int m = tabell.cell(km.m());
            int s = tabell.cell(km.summa());
            tabell.summa(s, k, m);
            int[] c = {k, m, s};
            for (int i = 0; i < 3; i++) {
                celler.put(rad + "." + KMS[i], c[i]);
            }
            return c;
        }

        Set<String> dolda(Rojandeskydd skydd) {
            return nycklar(celler, skydd.dolj(tabell));
        }
    }
}
