package se.finsam.uppfoljning.pm.control;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Röjandeskydd: which counts of a table a public PM must hide so that no small count about a few
 * people can be read or worked back. Swedish statistics practice (SCB, Kolada's {@code ..}):
 * <ol>
 *   <li><b>Primary</b>: every count above 0 and below the threshold is hidden. Zero is never hidden,
 *       it tells nothing about a person and a hidden zero would read as "a few".</li>
 *   <li><b>Secondary</b>: the table's sums (rows to their total, columns to theirs, totals to the
 *       grand total) are equations a reader can solve; as long as some hidden count is determined by
 *       the counts still shown, one more count is hidden: the smallest shown, non-zero count that
 *       shares a sum with it (the least information lost). A count is determined exactly when the
 *       unit vector of it lies in the row space of the sums restricted to the hidden counts.</li>
 * </ol>
 * It always ends: with every non-zero count hidden, the shown counts are all zeros, so the hidden
 * ones can all be 0 as well as their true values and none is determined.
 *
 * <p>The table is only counts and sums: which figure is which, and the shares computed from them
 * (hidden with any count they come from), are the caller's.
 */
public final class Rojandeskydd {

    /** The threshold when the installation names none: counts 1–4 are hidden. */
    public static final int STANDARDTROSKEL = 5;

    private static final double EPS = 1e-9;

    private final int troskel;

    public Rojandeskydd(int troskel) {
        if (troskel < 1) {
            throw new IllegalArgumentException("Tröskeln för röjandeskydd måste vara minst 1, inte " + troskel);
        }
        this.troskel = troskel;
    }

    public int troskel() {
        return troskel;
    }

    /** A table's counts, numbered in the order they are added, and the sums that hold among them. */
    public static final class Tabell {
        private final List<Long> varden = new ArrayList<>();
        private final List<int[]> summor = new ArrayList<>();

        /** Adds a count and answers its number. */
        public int cell(long varde) {
            if (varde < 0) {
                throw new IllegalArgumentException("Ett antal kan inte vara negativt: " + varde);
            }
            varden.add(varde);
            return varden.size() - 1;
        }

        /** States that the count {@code total} is the sum of the counts {@code delar}. */
        public Tabell summa(int total, int... delar) {
            int[] rad = new int[delar.length + 1];
            rad[0] = total;
            System.arraycopy(delar, 0, rad, 1, delar.length);
            for (int c : rad) {
                if (c < 0 || c >= varden.size()) {
                    throw new IllegalArgumentException("Ingen cell " + c + " i tabellen");
                }
            }
            summor.add(rad);
            return this;
        }

        public int storlek() {
            return varden.size();
        }

        public long varde(int cell) {
            return varden.get(cell);
        }

        /** The sums as given: each {total, part, part, …}. */
        public List<int[]> summor() {
            return summor.stream().map(int[]::clone).toList();
        }
    }

    /** The counts of the table a public rendering hides. */
    public BitSet dolj(Tabell t) {
        BitSet dolda = new BitSet();
        for (int c = 0; c < t.storlek(); c++) {
            if (t.varde(c) > 0 && t.varde(c) < troskel) {
                dolda.set(c);
            }
        }
        for (int bestamd = forstaBestamda(t, dolda); bestamd >= 0; bestamd = forstaBestamda(t, dolda)) {
            int komplement = komplement(t, dolda, bestamd);
            if (komplement < 0) {
                break; // cannot happen (see the class comment); never loop on it
            }
            dolda.set(komplement);
        }
        return dolda;
    }

    /** Whether the hidden count {@code cell} can be worked out from the sums and the counts shown. */
    public static boolean bestamd(Tabell t, BitSet dolda, int cell) {
        return bestamda(t, dolda).get(cell);
    }

    private static int forstaBestamda(Tabell t, BitSet dolda) {
        return bestamda(t, dolda).nextSetBit(0);
    }

    /**
     * The hidden counts the shown ones determine: reduce the sums' coefficients on the hidden counts
     * to row echelon form; a hidden count is determined when its column has a pivot whose row has no
     * other non-zero entry (no free hidden count can move it).
     */
    static BitSet bestamda(Tabell t, BitSet dolda) {
        int[] kolumn = dolda.stream().toArray();
        int n = kolumn.length;
        List<double[]> rader = new ArrayList<>();
        for (int[] summa : t.summor) {
            double[] rad = new double[n];
            boolean nagon = false;
            for (int i = 0; i < summa.length; i++) {
                int k = java.util.Arrays.binarySearch(kolumn, summa[i]);
                if (k >= 0) {
                    rad[k] += i == 0 ? -1 : 1;
                    nagon = true;
                }
            }
            if (nagon) {
                rader.add(rad);
            }
        }
        double[][] m = rader.toArray(new double[0][]);
        int[] pivotRad = new int[n];
        java.util.Arrays.fill(pivotRad, -1);
        int r = 0;
        for (int c = 0; c < n && r < m.length; c++) {
            int basta = r;
            for (int i = r + 1; i < m.length; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[basta][c])) {
                    basta = i;
                }
            }
            if (Math.abs(m[basta][c]) < EPS) {
                continue;
            }
            double[] byt = m[r];
            m[r] = m[basta];
            m[basta] = byt;
            for (int i = 0; i < m.length; i++) {
                if (i != r && Math.abs(m[i][c]) > EPS) {
                    double f = m[i][c] / m[r][c];
                    for (int j = c; j < n; j++) {
                        m[i][j] -= f * m[r][j];
                    }
                }
            }
            pivotRad[c] = r++;
        }
        BitSet bestamda = new BitSet();
        for (int c = 0; c < n; c++) {
            if (pivotRad[c] >= 0 && ensam(m[pivotRad[c]], c)) {
                bestamda.set(kolumn[c]);
            }
        }
        return bestamda;
    }

    private static boolean ensam(double[] rad, int c) {
        for (int j = 0; j < rad.length; j++) {
            if (j != c && Math.abs(rad[j]) > EPS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The count to hide next for a determined one: the smallest shown non-zero count in a sum with it;
     * when its sums have none, the smallest in any sum that holds a hidden count.
     */
    private static int komplement(Tabell t, BitSet dolda, int bestamd) {
        int basta = -1;
        for (int[] summa : t.summor) {
            if (innehaller(summa, bestamd)) {
                basta = minsta(t, dolda, summa, basta);
            }
        }
        if (basta < 0) {
            for (int[] summa : t.summor) {
                if (java.util.Arrays.stream(summa).anyMatch(dolda::get)) {
                    basta = minsta(t, dolda, summa, basta);
                }
            }
        }
        return basta;
    }

    private static int minsta(Tabell t, BitSet dolda, int[] summa, int basta) {
        for (int c : summa) {
            if (!dolda.get(c) && t.varde(c) > 0 && (basta < 0 || t.varde(c) < t.varde(basta)
                    || t.varde(c) == t.varde(basta) && c < basta)) {
                basta = c;
            }
        }
        return basta;
    }

    private static boolean innehaller(int[] summa, int cell) {
        for (int c : summa) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
