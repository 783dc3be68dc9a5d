package se.finsam.uppfoljning.deltagare.entity;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One insats' participant figures for one period, as a plain value: what a form, a SUS file or a
 * data package hands the rules and the register. Percentages are never part of it.
 *
 * @param uttagsdatum            SUS extraction of the participant counts; null when typed by hand
 * @param handlingsplanProcent   the share with an action plan the insats reports; null = not reported
 * @param avslutningsanledningar counts per termination-reason code of the code list
 * @param angivnaSummor          totals ("S:a") stated beside K and M by a file or form, per field
 *                               ({@code inregistrerade}, … and {@code arbete} for "S:a Arbete");
 *                               checked, never stored
 */
public record Deltagarsiffror(LocalDate uttagsdatum, Antal pagaendeStart, Antal inregistrerade, Antal avslutade,
                              Antal avslutadeHelaPerioden, Antal pagaendeSlut, int anonyma, Antal arbeteStudier,
                              Integer handlingsplanProcent, int kodlista, LocalDate anledningarUttagsdatum,
                              Map<String, Antal> avslutningsanledningar, Malgrupp malgrupp,
                              Map<String, Integer> angivnaSummor) implements java.io.Serializable {

    /** The fields holding a count by sex, by name, in the tables' order. */
    public static final String[] ANTALSFALT = {"pagaendeStart", "inregistrerade", "avslutade", "avslutadeHelaPerioden",
            "pagaendeSlut", "arbeteStudier"};

    public Deltagarsiffror {
        Objects.requireNonNull(pagaendeStart, "pagaendeStart");
        Objects.requireNonNull(inregistrerade, "inregistrerade");
        Objects.requireNonNull(avslutade, "avslutade");
        Objects.requireNonNull(avslutadeHelaPerioden, "avslutadeHelaPerioden");
        Objects.requireNonNull(pagaendeSlut, "pagaendeSlut");
        Objects.requireNonNull(arbeteStudier, "arbeteStudier");
        avslutningsanledningar = Map.copyOf(avslutningsanledningar == null ? Map.of() : avslutningsanledningar);
        angivnaSummor = Map.copyOf(angivnaSummor == null ? Map.of() : angivnaSummor);
    }

    /**
     * The target group of those enrolled during the period: its own population by sex (from its own
     * extraction), the counts per category, and the average days enrolled by sex.
     */
    public record Malgrupp(LocalDate uttagsdatum, Antal antal, Map<Malgruppskategori, Antal> fordelning,
                           BigDecimal snittdagarK, BigDecimal snittdagarM) implements java.io.Serializable {
        public Malgrupp {
            Objects.requireNonNull(antal, "antal");
            fordelning = Map.copyOf(fordelning == null ? Map.of() : fordelning);
        }
    }

    public Antal antal(String falt) {
        return switch (falt) {
            case "pagaendeStart" -> pagaendeStart;
            case "inregistrerade" -> inregistrerade;
            case "avslutade" -> avslutade;
            case "avslutadeHelaPerioden" -> avslutadeHelaPerioden;
            case "pagaendeSlut" -> pagaendeSlut;
            case "arbeteStudier" -> arbeteStudier;
            default -> throw new IllegalArgumentException(falt);
        };
    }

    /** The same figures without stated totals: what is stored and compared. */
    public Deltagarsiffror utanAngivnaSummor() {
        return new Deltagarsiffror(uttagsdatum, pagaendeStart, inregistrerade, avslutade, avslutadeHelaPerioden,
                pagaendeSlut, anonyma, arbeteStudier, handlingsplanProcent, kodlista, anledningarUttagsdatum,
                avslutningsanledningar, malgrupp, Map.of());
    }

    /** A flat, ordered view for the audit trail: one entry per stored figure. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("uttagsdatum", Objects.toString(uttagsdatum, null));
        for (String f : ANTALSFALT) {
            s.put(f, antal(f).toString());
        }
        s.put("anonyma", String.valueOf(anonyma));
        s.put("handlingsplanProcent", Objects.toString(handlingsplanProcent, null));
        s.put("kodlista", String.valueOf(kodlista));
        s.put("anledningarUttagsdatum", Objects.toString(anledningarUttagsdatum, null));
        new java.util.TreeMap<>(avslutningsanledningar).forEach((kod, a) -> s.put("anledning." + kod, a.toString()));
        if (malgrupp != null) {
            s.put("malgrupp.uttagsdatum", Objects.toString(malgrupp.uttagsdatum(), null));
            s.put("malgrupp.antal", malgrupp.antal().toString());
            new java.util.TreeMap<>(malgrupp.fordelning()).forEach((k, a) -> s.put("malgrupp." + k.name(), a.toString()));
            s.put("malgrupp.snittdagarK", Objects.toString(malgrupp.snittdagarK(), null));
            s.put("malgrupp.snittdagarM", Objects.toString(malgrupp.snittdagarM(), null));
        }
        return s;
    }
}
