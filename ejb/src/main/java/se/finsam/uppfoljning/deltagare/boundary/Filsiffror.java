package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a file states of one insats' figures (the SUS import), by group: the participants and their
 * outcome, the termination reasons, the target group — each only if the file carries that group.
 * Laid {@link #over} what is recorded, the groups it carries replace the recorded ones (each with the
 * file's extraction date) and everything else stays (the action-plan share comes from the quarterly
 * report, not a file). Deltagare builds its figures here so that an importer hands over counts, not
 * deltagare's values.
 *
 * @param antal   K and M per measure: the counts ({@code pagaendeStart} … {@code arbeteStudier}),
 *                {@code avslut.<code>} per termination reason, {@code malgrupp} and
 *                {@code malgrupp.<category>}; a measure of a group the file carries and not listed is 0/0
 * @param kodlista the code-list version the file's termination reasons follow
 */
public record Filsiffror(LocalDate uttagsdatum, boolean deltagare, boolean avslut, boolean malgrupp,
                         Map<String, StatistikInput.Km> antal, int anonyma, int kodlista, BigDecimal snittdagarK,
                         BigDecimal snittdagarM) {

    private static final String AVSLUT = "avslut.";

    public Filsiffror {
        antal = Map.copyOf(antal);
    }

    /** These figures over the recorded ones, if any. Pure. */
    public Deltagarsiffror over(Optional<Deltagarsiffror> befintlig) {
        Deltagarsiffror b = befintlig.orElse(null);
        Map<String, Antal> anledningar;
        if (avslut) {
            anledningar = new LinkedHashMap<>();
            antal.forEach((matt, km) -> {
                if (matt.startsWith(AVSLUT)) {
                    anledningar.put(matt.substring(AVSLUT.length()), km(matt));
                }
            });
        } else {
            anledningar = b == null ? Map.of() : b.avslutningsanledningar();
        }
        Deltagarsiffror.Malgrupp mg = b == null ? null : b.malgrupp();
        if (malgrupp) {
            Map<Malgruppskategori, Antal> fordelning = new EnumMap<>(Malgruppskategori.class);
            for (Malgruppskategori k : Malgruppskategori.values()) {
                fordelning.put(k, km("malgrupp." + k.name()));
            }
            mg = new Deltagarsiffror.Malgrupp(uttagsdatum, km("malgrupp"), fordelning, snittdagarK, snittdagarM);
        }
        return new Deltagarsiffror(
                deltagare ? uttagsdatum : b == null ? null : b.uttagsdatum(),
                deltagare ? km("pagaendeStart") : varde(b, "pagaendeStart"),
                deltagare ? km("inregistrerade") : varde(b, "inregistrerade"),
                deltagare ? km("avslutade") : varde(b, "avslutade"),
                deltagare ? km("avslutadeHelaPerioden") : varde(b, "avslutadeHelaPerioden"),
                deltagare ? km("pagaendeSlut") : varde(b, "pagaendeSlut"),
                deltagare ? anonyma : b == null ? 0 : b.anonyma(),
                deltagare ? km("arbeteStudier") : varde(b, "arbeteStudier"),
                b == null ? null : b.handlingsplanProcent(),
                avslut || b == null ? kodlista : b.kodlista(),
                avslut ? uttagsdatum : b == null ? null : b.anledningarUttagsdatum(),
                anledningar, mg, Map.of());
    }

    private Antal km(String matt) {
        StatistikInput.Km km = antal.get(matt);
        return km == null ? Antal.NOLL : new Antal(km.k(), km.m());
    }

    private static Antal varde(Deltagarsiffror b, String falt) {
        return b == null ? Antal.NOLL : b.antal(falt);
    }
}
