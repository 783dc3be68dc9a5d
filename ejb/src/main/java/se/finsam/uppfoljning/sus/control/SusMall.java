package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.plattform.control.Kalkylblad;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a file in the column profile's layout: the template the office downloads to set up SUS's
 * export, the sample files in {@code docs/sus/}, and the files tests and the benchmark feed the
 * import. Excel through POI's streaming writer (memory stays flat for any number of rows), or CSV
 * with semicolons in UTF-8.
 */
public final class SusMall {

    /** The lines above the heading row. Any may be null (left out). */
    public record Inledning(String rapport, LocalDate uttagsdatum, LocalDate periodFran, LocalDate periodTill) {
        Map<String, Object> rader() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("Kolumnprofil", SusKolumnprofil.VERSION);
            if (rapport != null) {
                r.put("Rapport", rapport);
            }
            if (uttagsdatum != null) {
                r.put("Uttagsdatum", uttagsdatum.toString());
            }
            if (periodFran != null) {
                r.put("Period från", periodFran.toString());
            }
            if (periodTill != null) {
                r.put("Period till", periodTill.toString());
            }
            return r;
        }
    }

    private SusMall() {
    }

    /** The headings of the given groups in profile order, "Insats" first. */
    public static List<String> rubriker(Set<SusKolumnprofil.Grupp> grupper) {
        List<String> r = new ArrayList<>();
        r.add(SusKolumnprofil.INSATS);
        for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
            if (grupper.contains(m.grupp())) {
                m.kolumner().forEach(k -> r.add(k.rubrik()));
            }
        }
        return r;
    }

    /** An .xlsx workbook: one sheet "Deltagare"; numbers as number cells, everything else as text. */
    public static byte[] xlsx(Inledning inledning, List<String> rubriker, List<List<Object>> rader) {
        List<List<Object>> forst = inledning.rader().entrySet().stream()
                .map(e -> List.<Object>of(e.getKey(), String.valueOf(e.getValue()))).toList();
        return Kalkylblad.xlsx("Deltagare", forst, rubriker, rader);
    }

    /** The same as CSV: semicolons, UTF-8 with BOM (Excel then opens å, ä and ö right), CRLF. */
    public static byte[] csv(Inledning inledning, List<String> rubriker, List<List<Object>> rader) {
        StringBuilder s = new StringBuilder("\uFEFF");
        inledning.rader().forEach((k, v) -> s.append(falt(k)).append(';').append(falt(String.valueOf(v))).append("\r\n"));
        s.append("\r\n");
        s.append(rubriker.stream().map(SusMall::falt).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> rad : rader) {
            s.append(rad.stream().map(v -> v == null ? "" : falt(String.valueOf(v))).collect(Collectors.joining(";"))).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String falt(String v) {
        return v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
