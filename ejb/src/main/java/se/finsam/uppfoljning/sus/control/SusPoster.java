package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.deltagare.boundary.Filsiffror;
import se.finsam.uppfoljning.deltagare.boundary.StatistikInput;
import se.finsam.uppfoljning.deltagare.control.Konsistensregler;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Del;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a decoded SUS row into the statistics' figures: the row's counts of the column groups the file
 * carries, handed to deltagare ({@link Filsiffror}), which lays them over what is recorded. Pure.
 */
public final class SusPoster {

    private SusPoster() {
    }

    public static Deltagarsiffror siffror(SusUtdrag utdrag, SusUtdrag.Rad rad, Optional<Deltagarsiffror> befintlig) {
        Map<String, StatistikInput.Km> antal = new LinkedHashMap<>();
        for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
            // the counts by sex of the groups the file carries ("anonyma" is a total, "snittdagar" decimals)
            if (utdrag.grupper().contains(m.grupp()) && m.slag() == SusKolumnprofil.Slag.ANTAL
                    && m.delning() != SusKolumnprofil.Delning.TOTAL) {
                antal.put(m.nyckel(), new StatistikInput.Km(rad.antal(m.nyckel(), Del.K), rad.antal(m.nyckel(), Del.M), null));
            }
        }
        return new Filsiffror(utdrag.uttagsdatum(), utdrag.grupper().contains(Grupp.DELTAGARE),
                utdrag.grupper().contains(Grupp.AVSLUTSORSAKER), utdrag.grupper().contains(Grupp.MALGRUPP), antal,
                rad.antal("anonyma", Del.TOTAL), SusKolumnprofil.KODLISTA, rad.decimaler().get("snittdagar.K"),
                rad.decimaler().get("snittdagar.M")).over(befintlig);
    }

    /**
     * The explanations a post carries: those recorded stay, and the row's "Förklaring" (if any)
     * explains every rule that may be explained; only those the figures break are kept when saved.
     */
    public static Map<String, String> forklaringar(SusUtdrag.Rad rad, Map<String, String> befintliga) {
        Map<String, String> f = new HashMap<>(befintliga);
        if (rad.forklaring() != null && !rad.forklaring().isBlank()) {
            Konsistensregler.FORKLARBARA.forEach(kod -> f.put(kod, rad.forklaring().strip()));
        }
        return f;
    }

    /** What differs between the recorded figures and the new ones, per stored figure, in the audit's terms. */
    public static List<Jamforelse> skillnader(Optional<Deltagarsiffror> fore, Deltagarsiffror efter) {
        Map<String, String> a = fore.map(Deltagarsiffror::snapshot).orElse(Map.of());
        Map<String, String> b = efter.snapshot();
        return b.entrySet().stream().filter(e -> !Objects.equals(a.get(e.getKey()), e.getValue()))
                .map(e -> new Jamforelse(e.getKey(), a.get(e.getKey()), e.getValue())).toList();
    }

    /** One stored figure before and after ({@code "24/31"} is K/M; null: not recorded). */
    public record Jamforelse(String falt, String fore, String efter) implements java.io.Serializable {
    }
}
