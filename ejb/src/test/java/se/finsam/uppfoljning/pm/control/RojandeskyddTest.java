package se.finsam.uppfoljning.pm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20, must-show 1: primary and secondary suppression on hundreds of generated tables (seeded,
 * so a failure repeats). Each table is a PM-like count table with its margins: rows (insatser) of
 * K, M and S:a, a sum row, and the sums that hold between them. The checks do not trust the class's
 * own algebra: for every row, column and total equation a hidden count must never be the only hidden
 * one in it, and — the complete test for a two-way table with margins — no hidden cell may be a
 * bridge of the graph whose vertices are the rows and columns and whose edges are the hidden cells
 * (a cell off every cycle of hidden cells is fixed by the sums; one on a cycle can move along it).
 */
class RojandeskyddTest {

    /** A two-way table: {@code rader} × {@code kolumner} counts, a total per row and column, a grand total. */
    record Tvavag(Rojandeskydd.Tabell tabell, int[][] cell) {
        int rader() { return cell.length - 1; }
        int kolumner() { return cell[0].length - 1; }
    }

    static Tvavag tvavag(long[][] inre) {
        int r = inre.length;
        int k = inre[0].length;
        long[][] v = new long[r + 1][k + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < k; j++) {
                v[i][j] = inre[i][j];
                v[i][k] += inre[i][j];
                v[r][j] += inre[i][j];
                v[r][k] += inre[i][j];
            }
        }
        Rojandeskydd.Tabell t = new Rojandeskydd.Tabell();
        int[][] cell = new int[r + 1][k + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= k; j++) {
                cell[i][j] = t.cell(v[i][j]);
            }
        }
        for (int i = 0; i <= r; i++) {
            t.summa(cell[i][k], java.util.Arrays.copyOf(cell[i], k));
        }
        for (int j = 0; j <= k; j++) {
            int[] delar = new int[r];
            for (int i = 0; i < r; i++) {
                delar[i] = cell[i][j];
            }
            t.summa(cell[r][j], delar);
        }
        return new Tvavag(t, cell);
    }

    /** Counts the way the PM's tables have them: many zeros and small counts, a few larger. */
    static long[][] slumpa(Random slump, int rader, int kolumner) {
        long[][] v = new long[rader][kolumner];
        for (int i = 0; i < rader; i++) {
            for (int j = 0; j < kolumner; j++) {
                int t = slump.nextInt(10);
                v[i][j] = t < 3 ? 0 : t < 7 ? 1 + slump.nextInt(6) : 5 + slump.nextInt(60);
            }
        }
        return v;
    }

    @Test
    void hundredsOfGeneratedTablesHideEverySmallCountAndNoHiddenCountCanBeWorkedBack() {
        Random slump = new Random(20221231L);
        Rojandeskydd skydd = new Rojandeskydd(Rojandeskydd.STANDARDTROSKEL);
        int doldaTotalt = 0;
        for (int n = 0; n < 600; n++) {
            // K and M (S:a is the row total) as tables 6, 7 and 9 have them, and wider ones too
            int kolumner = n % 3 == 0 ? 2 + slump.nextInt(4) : 2;
            Tvavag t = tvavag(slumpa(slump, 1 + slump.nextInt(12), kolumner));
            BitSet dolda = skydd.dolj(t.tabell());
            String fall = "table " + n;
            primaryAndZeros(t.tabell(), dolda, 5, fall);
            noEquationWithOneHiddenCount(t.tabell(), dolda, fall);
            noHiddenCellIsABridge(t, dolda, fall);
            doldaTotalt += dolda.cardinality();
        }
        assertThat(doldaTotalt).as("the generated tables do exercise the rule").isGreaterThan(2000);
    }

    @Test
    void aOneColumnTableWithItsTotalHidesTheComplementToo() {
        // table 8: anonymous registrations per insats and "Totalt:"; 3 hidden, so one more must be
        Rojandeskydd.Tabell t = new Rojandeskydd.Tabell();
        int a = t.cell(3);
        int b = t.cell(12);
        int c = t.cell(40);
        int totalt = t.cell(55);
        t.summa(totalt, a, b, c);
        BitSet dolda = new Rojandeskydd(5).dolj(t);
        assertThat(dolda.stream().toArray()).containsExactly(a, b);
        noEquationWithOneHiddenCount(t, dolda, "table 8");
    }

    @Test
    void zeroIsNeverHiddenEvenWhereItWouldBeTheCheapestComplement() {
        Tvavag t = tvavag(new long[][]{{3, 0}, {0, 9}, {7, 8}});
        BitSet dolda = new Rojandeskydd(5).dolj(t.tabell());
        primaryAndZeros(t.tabell(), dolda, 5, "with zeros");
        noHiddenCellIsABridge(t, dolda, "with zeros");
        assertThat(dolda.get(t.cell()[0][1])).isFalse();
        assertThat(dolda.get(t.cell()[1][0])).isFalse();
    }

    @Test
    void aTableWithoutSmallCountsIsShownWhole() {
        Tvavag t = tvavag(new long[][]{{5, 12}, {0, 30}, {7, 8}});
        assertThat(new Rojandeskydd(5).dolj(t.tabell()).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 10})
    void theThresholdIsConfigurable(int troskel) {
        Random slump = new Random(troskel);
        Rojandeskydd skydd = new Rojandeskydd(troskel);
        assertThat(skydd.troskel()).isEqualTo(troskel);
        for (int n = 0; n < 100; n++) {
            Tvavag t = tvavag(slumpa(slump, 1 + slump.nextInt(8), 2));
            BitSet dolda = skydd.dolj(t.tabell());
            primaryAndZeros(t.tabell(), dolda, troskel, "threshold " + troskel + ", table " + n);
            noHiddenCellIsABridge(t, dolda, "threshold " + troskel + ", table " + n);
        }
        if (troskel == 1) {
            // nothing is below 1 but 0, which is never hidden
            assertThat(skydd.dolj(tvavag(new long[][]{{1, 2}, {3, 0}}).tabell()).isEmpty()).isTrue();
        }
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> new Rojandeskydd(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClassesOwnAlgebraAgreesWithTheGraphOnWhatIsDetermined() {
        // one hidden cell in a 2×2 table is a bridge and determined; a rectangle of four is a cycle
        Tvavag t = tvavag(new long[][]{{3, 9}, {8, 6}});
        BitSet ett = new BitSet();
        ett.set(t.cell()[0][0]);
        assertThat(Rojandeskydd.bestamd(t.tabell(), ett, t.cell()[0][0])).isTrue();
        BitSet fyra = new BitSet();
        for (int[] p : new int[][]{{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            fyra.set(t.cell()[p[0]][p[1]]);
        }
        assertThat(Rojandeskydd.bestamda(t.tabell(), fyra).isEmpty()).isTrue();
    }

    // ---- the checks, independent of the class's algebra ----

    private static void primaryAndZeros(Rojandeskydd.Tabell t, BitSet dolda, int troskel, String fall) {
        for (int c = 0; c < t.storlek(); c++) {
            long v = t.varde(c);
            if (v == 0) {
                assertThat(dolda.get(c)).as(fall + ": a zero is never hidden (cell " + c + ")").isFalse();
            } else if (v < troskel) {
                assertThat(dolda.get(c)).as(fall + ": the count " + v + " below " + troskel + " is hidden").isTrue();
            }
        }
    }

    /** Brute force over every row, column and total: no sum in which exactly one count is hidden. */
    private static void noEquationWithOneHiddenCount(Rojandeskydd.Tabell t, BitSet dolda, String fall) {
        for (int[] summa : t.summor()) {
            long antal = java.util.Arrays.stream(summa).filter(dolda::get).count();
            assertThat(antal).as(fall + ": a sum with exactly one hidden count gives it back").isNotEqualTo(1L);
        }
    }

    private static void noHiddenCellIsABridge(Tvavag t, BitSet dolda, String fall) {
        int r = t.rader() + 1;
        int k = t.kolumner() + 1;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < k; j++) {
                if (dolda.get(t.cell()[i][j])) {
                    assertThat(connectedWithout(t, dolda, i, j)).as(fall + ": hidden cell (" + i + "," + j
                            + ") lies on no cycle of hidden cells, so the sums fix it").isTrue();
                }
            }
        }
    }

    /** Whether row {@code i} reaches column {@code j} over hidden cells other than (i, j). */
    private static boolean connectedWithout(Tvavag t, BitSet dolda, int i0, int j0) {
        int r = t.rader() + 1;
        int k = t.kolumner() + 1;
        boolean[] sett = new boolean[r + k];
        Deque<Integer> ko = new ArrayDeque<>();
        ko.add(i0);
        sett[i0] = true;
        while (!ko.isEmpty()) {
            int v = ko.poll();
            if (v == r + j0) {
                return true;
            }
            for (int w = 0; w < (v < r ? k : r); w++) {
                int i = v < r ? v : w;
                int j = v < r ? w : v - r;
                int nasta = v < r ? r + w : w;
                if (!(i == i0 && j == j0) && dolda.get(t.cell()[i][j]) && !sett[nasta]) {
                    sett[nasta] = true;
                    ko.add(nasta);
                }
            }
        }
        return false;
    }
}
