package se.finsam.uppfoljning.sus.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SUS file decoded in full and without a single problem: what the file says, per insats, in the
 * terms of the column profile. Only a clean file becomes one (there are no partial results).
 *
 * @param uttagsdatum the date the figures were taken out of SUS (from the file or entered)
 * @param grupper     the profile's column groups the file carries
 * @param ignorerade  headings outside the profile, ignored
 */
public record SusUtdrag(String profil, String rapport, LocalDate uttagsdatum, Set<SusKolumnprofil.Grupp> grupper,
                        List<Rad> rader, List<String> ignorerade) implements java.io.Serializable {

    public SusUtdrag {
        grupper = Set.copyOf(grupper);
        rader = List.copyOf(rader);
        ignorerade = List.copyOf(ignorerade);
    }

    /**
     * One insats' figures. Keys are the profile's measure key and part ({@code inskrivna.K},
     * {@code anonyma.TOTAL}); the file's S:a columns are checked, not kept. {@code forklaring}: the
     * row's "Förklaring" cell, or null.
     */
    public record Rad(int rad, String insatsText, String insatsKod, Map<String, Integer> antal,
                      Map<String, BigDecimal> decimaler, String forklaring) implements java.io.Serializable {

        public Rad {
            antal = Map.copyOf(antal);
            decimaler = Map.copyOf(decimaler);
        }

        public int antal(String matt, SusKolumnprofil.Del del) {
            return antal.getOrDefault(matt + "." + del, 0);
        }

        public boolean har(String matt, SusKolumnprofil.Del del) {
            return antal.containsKey(matt + "." + del) || decimaler.containsKey(matt + "." + del);
        }
    }
}
