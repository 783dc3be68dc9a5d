package se.finsam.uppfoljning.insats.control;

import se.finsam.uppfoljning.insats.entity.Insats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names insatser print under in one document (a PM's tables): each one's short name in force on
 * {@code dag}, and where two would read the same, told apart by the owner ("Lokussamordnare (Uppsala
 * kommun)"), and where the owner is the same too, also by the insats' code, which is unique in the förbund.
 */
public final class Utskriftsnamn {

    private Utskriftsnamn() {
    }

    /** Insats id → the name it prints under. */
    public static Map<Long, String> av(Collection<Insats> insatser, LocalDate dag) {
        Map<Long, String> kortnamn = new HashMap<>();
        insatser.forEach(i -> kortnamn.put(i.id(), i.kortnamnPer(dag)));
        Map<Long, String> namn = new HashMap<>(kortnamn);
        skiljAt(insatser, kortnamn, namn, i -> i.agare().namn());
        skiljAt(insatser, kortnamn, namn, i -> i.agare().namn() + ", " + i.kod());
        return namn;
    }

    /** Names the insatser whose names collide by their short name and {@code tillagg} in brackets. */
    private static void skiljAt(Collection<Insats> insatser, Map<Long, String> kortnamn, Map<Long, String> namn,
                                Function<Insats, String> tillagg) {
        insatser.stream().collect(Collectors.groupingBy(i -> namn.get(i.id()))).values().stream()
                .filter(lika -> lika.size() > 1).flatMap(List::stream)
                .forEach(i -> namn.put(i.id(), kortnamn.get(i.id()) + " (" + tillagg.apply(i) + ")"));
    }
}
