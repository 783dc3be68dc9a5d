package se.finsam.uppfoljning.deltagare.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * What the rows a statistics record owns have in common (its counts per termination reason and per
 * target-group category, its explanations): their key is the record's id and a text key. They are
 * entities rather than element collections so that EclipseLink writes all rows of one kind of a
 * batch together (in JDBC batches), instead of each record's rows between its neighbours' (decisions/0021).
 */
public final class Delrad {

    private Delrad() {
    }

    /** The primary key of a record's row: the record's id and the row's key. */
    public static class Nyckel implements Serializable {
        private Long statistik;
        private String nyckel;

        public Nyckel() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nyckel n && Objects.equals(n.statistik, statistik) && Objects.equals(n.nyckel, nyckel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(statistik, nyckel);
        }
    }

    /**
     * Makes a record's rows hold exactly the given values: rows of keys no longer given are removed
     * (and deleted), rows of keys still given are changed in place, new keys get new rows.
     */
    static <R, V> void ersatt(Map<String, R> rader, Map<String, V> nya, BiFunction<String, V, R> ny, BiConsumer<R, V> satt) {
        for (String bort : new ArrayList<>(rader.keySet())) {
            if (!nya.containsKey(bort)) {
                rader.remove(bort);
            }
        }
        nya.forEach((nyckel, v) -> {
            R rad = rader.get(nyckel);
            if (rad == null) {
                rader.put(nyckel, ny.apply(nyckel, v));
            } else {
                satt.accept(rad, v);
            }
        });
    }
}
