package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportView;

import java.util.ArrayList;
import java.util.List;

/**
 * The PM's section "Avslutade insatser" from the final reports of the insatser that closed in the
 * half-year, as the PM's markup: per insats a heading, its purpose, each goal with its outcome and
 * whether it was reached, and what lives on. Null when no closed insats has a final report, so the
 * section does not print.
 */
final class AvslutadeInsatser {

    private AvslutadeInsatser() {
    }

    static String text(List<SlutrapportView> slutrapporter) {
        if (slutrapporter.isEmpty()) {
            return null;
        }
        List<String> block = new ArrayList<>();
        for (SlutrapportView s : slutrapporter) {
            block.add("### " + rad(s.insats()));
            if (har(s.syfte())) {
                block.add("**Syfte:** " + rad(s.syfte()));
            }
            if (!s.mal().isEmpty()) {
                block.add("**Mål och utfall:**");
                List<String> punkter = new ArrayList<>();
                for (SlutrapportView.Mal m : s.mal()) {
                    punkter.add("- Mål " + m.nummer() + (har(m.beskrivning()) ? ": " + mening(m.beskrivning()) : ".")
                            + (har(m.utfall()) ? " Utfall: " + mening(m.utfall()) : "")
                            + " Uppnått: " + (m.uppnatt() ? "ja" : "nej") + ".");
                }
                block.add(String.join("\n", punkter));
            }
            if (har(s.leverVidare())) {
                block.add("**Det här lever vidare:** " + rad(s.leverVidare()));
            }
        }
        return String.join("\n\n", block);
    }

    private static boolean har(String text) {
        return text != null && !text.isBlank();
    }

    /** A text on one line ending with a full stop. */
    private static String mening(String text) {
        String r = rad(text);
        return r.endsWith(".") || r.endsWith("!") || r.endsWith("?") ? r : r + ".";
    }

    /** A text on one line: the markup's paragraphs and list items are lines. */
    private static String rad(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
