package se.finsam.uppfoljning.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.budget.control.Budgetar;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Kostnadsrad;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionStatus;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Budget's part of a version-2 data package, read in (after the package has been checked whole, in
 * the package's transaction) through the budget register, so the import leaves the same audit rows
 * as the forms, and written out.
 */
@Stateless
public class Ekonomiinlasning {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Budgetar budgetar;

    @Inject
    Ekonomiregister register;

    @Inject
    InsatsLookup insatser;

    /** The package's money arrays as budget's own lists; empty where the package has none. */
    public record Poster(List<Ekonomipaket.Budget> budgetar, List<Ekonomipaket.Overforing> overforingar,
                         List<Ekonomipaket.Rekvisition> rekvisitioner) {

        public Poster {
            budgetar = budgetar == null ? List.of() : budgetar;
            overforingar = overforingar == null ? List.of() : overforingar;
            rekvisitioner = rekvisitioner == null ? List.of() : rekvisitioner;
        }
    }

    /**
     * Budgets first, then rekvisitioner, then carry-overs, so a carry-over is checked against the
     * year's utfall; returns how many were written (an approved rekvisition already in the database
     * is left as it is, like an approved report).
     *
     * @param insatsIds every insats the package may name, by code
     */
    public int lasIn(@NotNull Caller caller, Map<String, InsatsId> insatsIds, Poster p) {
        int antal = 0;
        for (Ekonomipaket.Budget b : p.budgetar()) {
            register.setBudget(caller, insats(insatsIds, b.insats()), b.ar(), Belopp.kronor(b.belopp()),
                    b.forstaHalvar() == null ? null : Belopp.kronor(b.forstaHalvar()), null);
            antal++;
        }
        for (Ekonomipaket.Rekvisition r : p.rekvisitioner()) {
            if (write(caller, insats(insatsIds, r.insats()), r)) {
                antal++;
            }
        }
        for (Ekonomipaket.Overforing o : p.overforingar()) {
            register.recordOverforing(caller, insats(insatsIds, o.insats()), o.franAr(),
                    o.belopp() == null ? null : Belopp.kronor(o.belopp()), o.beslutsdatum(), o.anteckning());
            antal++;
        }
        // written before the next component's part, as the package's order says
        em.flush();
        return antal;
    }

    /** The year's budgets, the carry-overs into and out of the year, and the half-year's rekvisitioner. */
    public Poster exportera(@NotNull ForbundKod forbund, List<InsatsId> insatsIds, @NotNull Halvar h) {
        int ar = h.ar();
        List<Ekonomipaket.Budget> b = new ArrayList<>();
        List<Ekonomipaket.Overforing> o = new ArrayList<>();
        List<Ekonomipaket.Rekvisition> r = new ArrayList<>();
        // read-only and three queries for all insatser: an export writes nothing
        Map<Long, Insats> egna = insatser.forReading(forbund, insatsIds).stream()
                .collect(Collectors.toMap(Insats::id, Function.identity()));
        Map<Long, Budgetar.Arsrader> rader = budgetar.arsrader(List.copyOf(egna.values()), ar);
        for (InsatsId id : insatsIds) {
            Insats i = egna.get(id.varde());
            if (i == null) {
                continue;
            }
            Budgetar.Arsrader aret = rader.get(i.id());
            aret.budget().ifPresent(budget -> b.add(post(i, budget)));
            aret.overforingar().stream().filter(x -> x.isGallande() && (x.franAr() == ar || x.tillAr() == ar))
                    .forEach(x -> o.add(new Ekonomipaket.Overforing(i.kod(), x.franAr(), x.belopp().map(Belopp::kronor).orElse(null),
                            x.beslutsdatum(), x.anteckning())));
            aret.rekvisitioner().stream().filter(x -> (x.period().kvartal() + 1) / 2 == h.halvar())
                    .forEach(x -> r.add(post(x)));
        }
        return new Poster(b, o, r);
    }

    /**
     * Whether a package's rekvisition of the insats and quarter would be written: none yet, or one the
     * office returned (an approved or submitted one is left as it is).
     */
    public boolean skrivs(@NotNull InsatsId insats, @NotNull Rapportperiod period) {
        return budgetar.rekvisition(insatser.find(insats).orElseThrow(), period)
                .map(r -> r.status() == RekvisitionStatus.RETURNERAD).orElse(true);
    }

    private Insats insats(Map<String, InsatsId> insatsIds, String kod) {
        return insatser.find(insatsIds.get(kod)).orElseThrow();
    }

    private boolean write(Caller caller, Insats insats, Ekonomipaket.Rekvisition in) {
        Rapportperiod period = new Rapportperiod(in.ar(), in.kvartal());
        if (!skrivs(new InsatsId(insats.id()), period)) {
            return false;
        }
        List<Ekonomipaket.Kostnadsrad> rader = in.kostnadsrader() == null ? List.of() : in.kostnadsrader();
        Rekvisition r = register.submit(caller, insats, period, Belopp.kronor(in.belopp()),
                IntStream.range(0, rader.size()).mapToObj(i -> new Kostnadsrad(i + 1, rader.get(i).text(),
                        Belopp.kronor(rader.get(i).belopp()))).toList(), in.meddelande(), noon(in.inskickad()));
        RekvisitionStatus status = RekvisitionStatus.valueOf(in.status());
        if (status == RekvisitionStatus.GODKAND) {
            register.approve(caller, r, noon(in.beslutad()));
        } else if (status == RekvisitionStatus.RETURNERAD) {
            register.returnWith(caller, r, in.kommentar(), noon(in.beslutad()));
        }
        return true;
    }

    private static Ekonomipaket.Budget post(Insats i, Budget b) {
        return new Ekonomipaket.Budget(i.kod(), b.ar(), b.beviljat().kronor(), b.beslutadForstaHalvar().map(Belopp::kronor).orElse(null));
    }

    private static Ekonomipaket.Rekvisition post(Rekvisition x) {
        return new Ekonomipaket.Rekvisition(x.insats().kod(), x.period().ar(), x.period().kvartal(), x.belopp().kronor(),
                x.kostnadsrader().stream().map(k -> new Ekonomipaket.Kostnadsrad(k.text(), k.belopp().kronor())).toList(),
                x.meddelande(), x.status().name(), x.inskickadAt().atZone(SVERIGE).toLocalDate(),
                x.beslutadAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null), x.kommentar());
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(SVERIGE).toInstant();
    }
}
