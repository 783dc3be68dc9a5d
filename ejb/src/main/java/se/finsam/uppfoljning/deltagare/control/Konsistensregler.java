package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Kon;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The consistency rules of participant statistics, in one place, for the entry form, the SUS
 * import and the data package alike. Pure: figures in, the list of broken rules out (empty when all
 * hold). Each broken rule carries its stable code, the field and a Swedish message.
 *
 * <ul>
 *   <li>DEL-010 K + M = the stated S:a, wherever a total is stated;</li>
 *   <li>DEL-011 ended ≤ ongoing at the start + enrolled;</li>
 *   <li>DEL-012 ongoing at the end = ongoing at the start + enrolled − ended (may be explained);</li>
 *   <li>DEL-013 ongoing at the start = what the previous period fixed: halvår 2's start is halvår 1's
 *       start (both 1 January), halvår 1's start the previous year's end (may be explained);</li>
 *   <li>DEL-014 ended to work and/or studies ≤ ended;</li>
 *   <li>DEL-015 the termination reasons (work by kind, studies, the others) sum to the ended (may be explained);</li>
 *   <li>DEL-016 work by kind and work by extent give the same sum; DEL-017 and both equal a stated S:a Arbete;</li>
 *   <li>DEL-018 ended over the whole insats period ≥ ended in the period;</li>
 *   <li>DEL-019 each dimension of the target group that is reported sums to the target group.</li>
 * </ul>
 */
public final class Konsistensregler {

    /** The rules whose violation an explanation lets through; the others are refused until corrected. */
    public static final Set<String> FORKLARBARA = Set.of(DeltagareFel.PAGAENDE_STAMMER_INTE.code(),
            DeltagareFel.START_SKILJER_SIG.code(), DeltagareFel.ANLEDNINGAR_SUMMERAR_INTE.code());

    /** Key of a stated "S:a Arbete" in {@link Deltagarsiffror#angivnaSummor()} (also {@code arbete.k}, {@code arbete.m}). */
    public static final String ARBETE = "arbete";

    private static final Map<String, String> RUBRIK = Map.of(
            "pagaendeStart", "Pågående vid periodens start",
            "inregistrerade", "Inregistrerade perioden",
            "avslutade", "Avslutade perioden",
            "avslutadeHelaPerioden", "Avslutade under hela insatsperioden",
            "pagaendeSlut", "Pågående vid periodens slut",
            "arbeteStudier", "Till arbete och/eller studier");

    private Konsistensregler() {
    }

    /**
     * @param foregaende the figures of {@link Halvar#foregaende()} for the same insats, if recorded
     * @param kodlista   the code list the termination reasons follow
     */
    public static List<Regelbrott> kontrollera(Deltagarsiffror s, Halvar period, Optional<Deltagarsiffror> foregaende,
                                               Kodlista kodlista) {
        List<Regelbrott> brott = new ArrayList<>();
        angivnaSummor(s, kodlista, brott);
        for (Kon kon : Kon.values()) {
            String k = "." + kon.name().toLowerCase();
            int start = s.pagaendeStart().av(kon);
            int in = s.inregistrerade().av(kon);
            int ut = s.avslutade().av(kon);
            if (ut > start + in) {
                brott.add(Regelbrott.of(DeltagareFel.FLER_AVSLUTADE_AN_MOJLIGT, "avslutade" + k, false, kon.plural(), ut, start + in));
            }
            int vantat = start + in - ut;
            if (s.pagaendeSlut().av(kon) != vantat) {
                brott.add(Regelbrott.of(DeltagareFel.PAGAENDE_STAMMER_INTE, "pagaendeSlut" + k, true, kon.plural(),
                        s.pagaendeSlut().av(kon), vantat));
            }
            foregaende.ifPresent(f -> {
                Antal fastslaget = period.startarSomForegaende() ? f.pagaendeStart() : f.pagaendeSlut();
                if (fastslaget.av(kon) != start) {
                    String vad = period.startarSomForegaende()
                            ? "starten enligt halvår 1 " + period.ar()
                            : "pågående vid slutet av " + (period.ar() - 1);
                    brott.add(Regelbrott.of(DeltagareFel.START_SKILJER_SIG, "pagaendeStart" + k, true, kon.plural(), start, vad,
                            fastslaget.av(kon)));
                }
            });
            if (s.arbeteStudier().av(kon) > ut) {
                brott.add(Regelbrott.of(DeltagareFel.ARBETE_STUDIER_FLER_AN_AVSLUTADE, "arbeteStudier" + k, false, kon.plural(),
                        s.arbeteStudier().av(kon), ut));
            }
            if (s.avslutadeHelaPerioden().av(kon) < ut) {
                brott.add(Regelbrott.of(DeltagareFel.HELA_PERIODEN_FARRE, "avslutadeHelaPerioden" + k, false, kon.plural(),
                        s.avslutadeHelaPerioden().av(kon), ut));
            }
            int anledningar = Deltagarsummor.avslutsanledningar(s, kodlista).av(kon);
            if (anledningar != ut) {
                brott.add(Regelbrott.of(DeltagareFel.ANLEDNINGAR_SUMMERAR_INTE, "avslutningsanledningar" + k, true, kon.plural(),
                        anledningar, ut));
            }
            int slag = Deltagarsummor.kategori(s, kodlista, Anledningskategori.ARBETE_SLAG).av(kon);
            int omfattning = Deltagarsummor.kategori(s, kodlista, Anledningskategori.ARBETE_OMFATTNING).av(kon);
            if (slag != omfattning) {
                brott.add(Regelbrott.of(DeltagareFel.ARBETE_UPPDELNINGAR_OLIKA, "avslutningsanledningar.arbete" + k, false,
                        kon.plural(), slag, omfattning));
            }
        }
        malgrupp(s, brott);
        return List.copyOf(brott);
    }

    /** The broken rules the figures may not be saved with: not explainable, or explainable but not explained. */
    public static List<Regelbrott> hindrar(List<Regelbrott> brott, Map<String, String> forklaringar) {
        return brott.stream().filter(b -> !b.forklarbar() || forklaringar.getOrDefault(b.kod(), "").isBlank()).toList();
    }

    private static void angivnaSummor(Deltagarsiffror s, Kodlista kodlista, List<Regelbrott> brott) {
        s.angivnaSummor().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String falt = e.getKey();
            int angiven = e.getValue();
            if (falt.equals(ARBETE) || falt.startsWith(ARBETE + ".")) {
                Optional<Kon> kon = falt.equals(ARBETE) ? Optional.empty() : Optional.of(Kon.valueOf(falt.substring(ARBETE.length() + 1).toUpperCase()));
                for (Anledningskategori kat : List.of(Anledningskategori.ARBETE_SLAG, Anledningskategori.ARBETE_OMFATTNING)) {
                    Antal a = Deltagarsummor.kategori(s, kodlista, kat);
                    int faktisk = kon.map(a::av).orElse(a.summa());
                    if (faktisk != angiven) {
                        brott.add(Regelbrott.of(DeltagareFel.ARBETE_SUMMA_STAMMER_INTE, "avslutningsanledningar." + falt, false,
                                kat == Anledningskategori.ARBETE_SLAG ? "slag" : "omfattning", angiven, faktisk));
                    }
                }
                return;
            }
            Optional<Antal> antal = antal(s, falt);
            if (antal.isPresent() && antal.get().summa() != angiven) {
                brott.add(Regelbrott.of(DeltagareFel.SUMMA_STAMMER_INTE, falt + ".summa", false, rubrik(falt, kodlista),
                        antal.get().summa(), angiven));
            }
        });
    }

    private static Optional<Antal> antal(Deltagarsiffror s, String falt) {
        if (RUBRIK.containsKey(falt)) {
            return Optional.of(s.antal(falt));
        }
        if (falt.startsWith("avslutningsanledningar.")) {
            return Optional.of(s.avslutningsanledningar().getOrDefault(falt.substring("avslutningsanledningar.".length()), Antal.NOLL));
        }
        if (s.malgrupp() != null && falt.equals("malgrupp")) {
            return Optional.of(s.malgrupp().antal());
        }
        if (s.malgrupp() != null && falt.startsWith("malgrupp.")) {
            try {
                return Optional.of(s.malgrupp().fordelning().getOrDefault(
                        Malgruppskategori.valueOf(falt.substring("malgrupp.".length())), Antal.NOLL));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String rubrik(String falt, Kodlista kodlista) {
        if (RUBRIK.containsKey(falt)) {
            return RUBRIK.get(falt);
        }
        if (falt.startsWith("avslutningsanledningar.")) {
            String kod = falt.substring("avslutningsanledningar.".length());
            return kodlista.anledning(kod).map(Kodlista.Anledning::benamning).orElse(kod);
        }
        if (falt.startsWith("malgrupp.")) {
            return Malgruppskategori.valueOf(falt.substring("malgrupp.".length())).benamning();
        }
        return "Målgruppen";
    }

    private static void malgrupp(Deltagarsiffror s, List<Regelbrott> brott) {
        if (s.malgrupp() == null) {
            return;
        }
        Map<Malgruppskategori.Dimension, Antal> summor = new EnumMap<>(Malgruppskategori.Dimension.class);
        s.malgrupp().fordelning().forEach((kat, a) -> summor.merge(kat.dimension(), a, Antal::plus));
        summor.forEach((dim, summa) -> {
            for (Kon kon : Kon.values()) {
                if (summa.av(kon) != s.malgrupp().antal().av(kon)) {
                    brott.add(Regelbrott.of(DeltagareFel.MALGRUPP_SUMMERAR_INTE,
                            "malgrupp." + dim.name() + "." + kon.name().toLowerCase(), false,
                            dim.rubrik().toLowerCase(), summa.av(kon), kon.plural(), s.malgrupp().antal().av(kon)));
                }
            }
        });
    }
}
