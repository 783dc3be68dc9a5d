package se.finsam.uppfoljning.reports;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one PM prints: the title page's förbund and half-year, the narrative texts and the
 * tables, each already computed. The report engine adds nothing but layout.
 *
 * @param forbund the samordningsförbund's name as it is to appear in the title
 * @param halvar  1 (kvartal 1 och 2) or 2 (kvartal 3 och 4)
 * @param texter  narrative per slot; absent slots print nothing
 * @param tabeller the tables, at most one per number
 */
public record PmReport(String forbund, int ar, int halvar, Map<PmText, String> texter, List<PmTabell> tabeller) {

    public PmReport {
        Objects.requireNonNull(forbund, "PM:et behöver förbundets namn.");
        if (halvar != 1 && halvar != 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2, inte " + halvar);
        }
        texter = texter == null || texter.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texter));
        tabeller = List.copyOf(Objects.requireNonNull(tabeller, "PM:et behöver sin lista med tabeller."));
        Set<Integer> numbers = new HashSet<>();
        for (PmTabell t : tabeller) {
            if (!numbers.add(t.nummer())) {
                throw new IllegalArgumentException("Tabell " + t.nummer() + " finns två gånger.");
            }
        }
    }

    /** "Uppföljning av insatser inom Samordningsförbundet X", the title page's first line. */
    public String titel() {
        return "Uppföljning av insatser inom " + forbund;
    }

    /** The document title for the PDF's metadata: title, half-year and year in one line. */
    public String dokumenttitel() {
        return titel() + ", " + SwedishFormat.halfYear(halvar).toLowerCase(SwedishFormat.SV_SE) + " " + ar;
    }
}
