package se.finsam.uppfoljning.pm.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PM's "Avvikelse mål/målgrupp" text, written from the deviation reports that came in during the
 * half-year and are not about the budget (goal, target group, method, number of participants; the
 * budget ones are table 3's): per insats how many and about what, with the reports' own words; "Ingen
 * insats …" when none came in. Counts follow {@link Talord}.
 */
public final class Avvikelsetext {

    /** The heading the text prints under, in the PM's markup. */
    public static final String RUBRIK = "## Avvikelse mål/målgrupp";

    /** A deviation report that came in: the insats' name, what it is about (e.g. "Antal deltagare") and its description. */
    public record Inkommen(String insats, String typ, String beskrivning) {
    }

    private Avvikelsetext() {
    }

    public static String text(List<Inkommen> inkomna) {
        if (inkomna.isEmpty()) {
            return RUBRIK + "\n\nIngen insats har under aktuell period lämnat in avvikelse gällande mål eller målgrupp.";
        }
        Map<String, List<Inkommen>> perInsats = new LinkedHashMap<>();
        inkomna.forEach(a -> perInsats.computeIfAbsent(a.insats(), k -> new ArrayList<>()).add(a));
        List<String> stycken = new ArrayList<>();
        perInsats.forEach((insats, lista) -> {
            StringBuilder s = new StringBuilder(insats).append(" har lämnat in ")
                    .append(Talord.antal(lista.size(), "avvikelse", "avvikelser")).append(".");
            for (Inkommen a : lista) {
                s.append(" Den gäller ").append(a.typ().toLowerCase(Locale.ROOT));
                String b = a.beskrivning() == null ? "" : a.beskrivning().strip();
                s.append(b.isEmpty() ? "." : ": " + b + (b.endsWith(".") ? "" : "."));
            }
            stycken.add(s.toString());
        });
        return RUBRIK + "\n\n" + String.join("\n\n", stycken);
    }
}
