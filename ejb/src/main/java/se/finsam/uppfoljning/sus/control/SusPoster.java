package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.deltagare.control.Konsistensregler;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Del;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a decoded SUS row into the statistics' figures: the column groups the file carries replace
 * the recorded ones (each with the file's extraction date: participants and outcome, termination
 * reasons, target group), everything else stays as recorded (the action-plan share comes from the
 * quarterly report, not SUS). Pure.
 */
public final class SusPoster {

    private SusPoster() {
    }

    public static Deltagarsiffror siffror(SusUtdrag utdrag, SusUtdrag.Rad rad, Optional<Deltagarsiffror> befintlig) {
        Deltagarsiffror b = befintlig.orElse(null);
        boolean deltagare = utdrag.grupper().contains(Grupp.DELTAGARE);
        boolean avslut = utdrag.grupper().contains(Grupp.AVSLUTSORSAKER);
        boolean malgrupp = utdrag.grupper().contains(Grupp.MALGRUPP);
        Map<String, Antal> anledningar;
        if (avslut) {
            anledningar = new LinkedHashMap<>();
            for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
                if (m.grupp() == Grupp.AVSLUTSORSAKER) {
                    anledningar.put(m.nyckel().substring("avslut.".length()), km(rad, m.nyckel()));
                }
            }
        } else {
            anledningar = b == null ? Map.of() : b.avslutningsanledningar();
        }
        Deltagarsiffror.Malgrupp mg = b == null ? null : b.malgrupp();
        if (malgrupp) {
            Map<Malgruppskategori, Antal> fordelning = new EnumMap<>(Malgruppskategori.class);
            for (Malgruppskategori k : Malgruppskategori.values()) {
                fordelning.put(k, km(rad, "malgrupp." + k.name()));
            }
            mg = new Deltagarsiffror.Malgrupp(utdrag.uttagsdatum(), km(rad, "malgrupp"), fordelning,
                    rad.decimaler().get("snittdagar.K"), rad.decimaler().get("snittdagar.M"));
        }
        return new Deltagarsiffror(
                deltagare ? utdrag.uttagsdatum() : b == null ? null : b.uttagsdatum(),
                deltagare ? km(rad, "pagaendeStart") : varde(b, "pagaendeStart"),
                deltagare ? km(rad, "inregistrerade") : varde(b, "inregistrerade"),
                deltagare ? km(rad, "avslutade") : varde(b, "avslutade"),
                deltagare ? km(rad, "avslutadeHelaPerioden") : varde(b, "avslutadeHelaPerioden"),
                deltagare ? km(rad, "pagaendeSlut") : varde(b, "pagaendeSlut"),
                deltagare ? rad.antal("anonyma", Del.TOTAL) : b == null ? 0 : b.anonyma(),
                deltagare ? km(rad, "arbeteStudier") : varde(b, "arbeteStudier"),
                b == null ? null : b.handlingsplanProcent(),
                avslut || b == null ? SusKolumnprofil.KODLISTA : b.kodlista(),
                avslut ? utdrag.uttagsdatum() : b == null ? null : b.anledningarUttagsdatum(),
                anledningar, mg, Map.of());
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
    public record Jamforelse(String falt, String fore, String efter) {
    }

    private static Antal km(SusUtdrag.Rad rad, String matt) {
        return new Antal(rad.antal(matt, Del.K), rad.antal(matt, Del.M));
    }

    private static Antal varde(Deltagarsiffror b, String falt) {
        return b == null ? Antal.NOLL : b.antal(falt);
    }
}
