package se.finsam.uppfoljning.avvikelse.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.avvikelse.control.Avvikelser;
import se.finsam.uppfoljning.avvikelse.control.Avvikelseregister;
import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseBeslut;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseTyp;
import se.finsam.uppfoljning.avvikelse.entity.BeslutUtfall;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Avvikelse's part of a version-2 data package, read in (after the package has been checked whole,
 * in the package's transaction) through the register, with the same audit rows and rules as the
 * forms (an approved carry-over larger than the unused funds fails the whole import), and written
 * out. A deviation already in the register (same insats, kind, date and description) only gets the
 * decisions it lacks.
 */
@Stateless
public class Avvikelseinlasning {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @Inject
    Avvikelser avvikelser;

    @Inject
    Avvikelseregister register;

    @Inject
    InsatsLookup insatser;

    /** Whether a deviation of this kind (a package's {@code typ}) is a budget deviation, which names a year. */
    public static boolean gallerBudget(String typ) {
        return AvvikelseTyp.BUDGET.name().equals(typ);
    }

    /**
     * Deviations and their decisions; returns how many objects were written.
     *
     * @param insatsIds every insats the package may name, by code
     */
    public int lasIn(@NotNull Caller caller, Map<String, InsatsId> insatsIds, List<Avvikelsepaket.Avvikelse> poster) {
        int antal = 0;
        for (Avvikelsepaket.Avvikelse in : poster) {
            Insats insats = insatser.find(insatsIds.get(in.insats())).orElseThrow();
            AvvikelseTyp typ = AvvikelseTyp.valueOf(in.typ());
            Optional<Avvikelse> existing = avvikelser.of(insats).stream().filter(a -> a.typ() == typ
                    && a.inkommen().equals(in.inkommen()) && a.beskrivning().equals(in.beskrivning())).findFirst();
            Avvikelse a = existing.orElseGet(() -> register.file(caller, insats, typ, in.beskrivning(), in.ar(),
                    in.begartBelopp() == null ? null : Belopp.kronor(in.begartBelopp()), in.inkommen(), noon(in.inkommen())));
            antal += existing.isEmpty() ? 1 : 0;
            List<Avvikelsepaket.Beslut> beslut = in.beslut() == null ? List.of() : in.beslut();
            for (int j = a.beslut().size(); j < beslut.size(); j++) {
                Avvikelsepaket.Beslut b = beslut.get(j);
                AvvikelseBeslut ersatter = a.gallandeBeslut().orElse(null);
                register.decide(caller, a, BeslutUtfall.valueOf(b.utfall()), b.belopp() == null ? null : Belopp.kronor(b.belopp()),
                        b.motivering(), b.beslutsdatum(), ersatter, noon(b.beslutsdatum()), true);
                antal++;
            }
        }
        return antal;
    }

    /** Deviations received or decided in the period (with every decision up to its end). */
    public List<Avvikelsepaket.Avvikelse> exportera(List<InsatsId> insatsIds, LocalDate fran, LocalDate till) {
        List<Avvikelsepaket.Avvikelse> a = new ArrayList<>();
        Map<Long, List<Avvikelse>> allas = avvikelser.forReading(insatsIds.stream().map(InsatsId::varde).toList());
        for (InsatsId id : insatsIds) {
            allas.getOrDefault(id.varde(), List.of()).stream()
                    .filter(x -> !x.inkommen().isAfter(till) && (!x.inkommen().isBefore(fran)
                            || x.beslut().stream().anyMatch(b -> inom(b.beslutsdatum(), fran, till))))
                    .forEach(x -> a.add(post(x, till)));
        }
        return a;
    }

    private static Avvikelsepaket.Avvikelse post(Avvikelse x, LocalDate till) {
        return new Avvikelsepaket.Avvikelse(x.insats().kod(), x.typ().name(), x.beskrivning(), x.ar().orElse(null),
                x.begart().map(Belopp::kronor).orElse(null), x.inkommen(),
                x.beslut().stream().filter(b -> !b.beslutsdatum().isAfter(till))
                        .map(b -> new Avvikelsepaket.Beslut(b.utfall().name(), b.belopp().map(Belopp::kronor).orElse(null),
                                b.motivering(), b.beslutsdatum())).toList());
    }

    private static boolean inom(LocalDate d, LocalDate fran, LocalDate till) {
        return !d.isBefore(fran) && !d.isAfter(till);
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(SVERIGE).toInstant();
    }
}
