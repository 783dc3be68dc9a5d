package se.finsam.uppfoljning.datapaket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.budget.control.Budgetar;
import se.finsam.uppfoljning.budget.control.Ekonomiregister;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Kostnadsrad;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.budget.entity.RekvisitionStatus;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The money part of a version-2 data package: budgets, carry-over decisions and rekvisitioner.
 * Checked with the rest of the package before anything is written; written through the budget
 * component's register, so the import leaves the same audit rows as the forms.
 */
@Dependent
public class Ekonomidel {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @Inject
    Budgetar budgetar;

    @Inject
    Ekonomiregister register;

    /** @param kandaInsatser codes of insatser registered or in the package */
    public static List<FieldError> check(Datapaket p, Set<String> kandaInsatser) {
        List<FieldError> errors = new ArrayList<>();
        boolean money = !orEmpty(p.budgetar()).isEmpty() || !orEmpty(p.overforingar()).isEmpty()
                || !orEmpty(p.rekvisitioner()).isEmpty();
        if (money && Datapaket.FORMAT_1.equals(p.format())) {
            errors.add(new FieldError("format", "Budget, överföringar och rekvisitioner kräver formatet " + Datapaket.FORMAT + "."));
        }
        Set<String> nycklar = new HashSet<>();
        List<Datapaket.Budget> budgetar = orEmpty(p.budgetar());
        for (int i = 0; i < budgetar.size(); i++) {
            Datapaket.Budget b = budgetar.get(i);
            String at = "budgetar[" + i + "]";
            known(b.insats(), at, kandaInsatser, errors);
            if (!nycklar.add(b.insats() + "/" + b.ar())) {
                errors.add(new FieldError(at, "Budgeten för " + b.insats() + " " + b.ar() + " förekommer flera gånger."));
            }
            if (b.forstaHalvar() != null && b.forstaHalvar().compareTo(b.belopp()) > 0) {
                errors.add(new FieldError(at + ".forstaHalvar", "Första halvårets budget kan inte vara större än årets."));
            }
        }
        List<Datapaket.Overforing> overforingar = orEmpty(p.overforingar());
        IntStream.range(0, overforingar.size())
                .forEach(i -> known(overforingar.get(i).insats(), "overforingar[" + i + "]", kandaInsatser, errors));
        List<Datapaket.Rekvisition> rekvisitioner = orEmpty(p.rekvisitioner());
        for (int i = 0; i < rekvisitioner.size(); i++) {
            Datapaket.Rekvisition r = rekvisitioner.get(i);
            String at = "rekvisitioner[" + i + "]";
            known(r.insats(), at, kandaInsatser, errors);
            if (!nycklar.add(r.insats() + "/" + r.ar() + "/" + r.kvartal())) {
                errors.add(new FieldError(at, "Rekvisitionen för " + r.insats() + " " + r.ar() + " kvartal " + r.kvartal() + " förekommer flera gånger."));
            }
            if (!"INSKICKAD".equals(r.status()) && r.beslutad() == null) {
                errors.add(new FieldError(at + ".beslutad", "Datum för kansliets beslut måste anges för en godkänd eller returnerad rekvisition."));
            }
            if ("RETURNERAD".equals(r.status()) && (r.kommentar() == null || r.kommentar().isBlank())) {
                errors.add(new FieldError(at + ".kommentar", "En returnerad rekvisition har en kommentar."));
            }
            List<Datapaket.Kostnadsrad> rader = orEmpty(r.kostnadsrader());
            if (!rader.isEmpty() && r.belopp() != null && rader.stream().allMatch(k -> k.belopp() != null)
                    && rader.stream().map(Datapaket.Kostnadsrad::belopp).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                    .compareTo(r.belopp()) != 0) {
                errors.add(new FieldError(at + ".kostnadsrader", "Kostnadsraderna summerar inte till rekvisitionens belopp."));
            }
        }
        return errors;
    }

    /** Rekvisitioner outside the period of an insats the package describes. */
    public static List<FieldError> checkPeriods(Datapaket p) {
        List<FieldError> errors = new ArrayList<>();
        List<Datapaket.Rekvisition> rekvisitioner = orEmpty(p.rekvisitioner());
        for (int i = 0; i < rekvisitioner.size(); i++) {
            Datapaket.Rekvisition r = rekvisitioner.get(i);
            Optional<Datapaket.Insats> insats = p.insatser().stream().filter(in -> in.kod().equals(r.insats())).findFirst();
            if (r.ar() == null || r.kvartal() == null || insats.isEmpty() || insats.get().start() == null || insats.get().slut() == null) {
                continue;
            }
            LocalDate slut = orEmpty(insats.get().forlangningar()).stream().map(Datapaket.Forlangning::slut)
                    .filter(d -> d != null).max(Comparator.naturalOrder()).filter(d -> d.isAfter(insats.get().slut()))
                    .orElse(insats.get().slut());
            Rapportperiod period;
            try {
                period = new Rapportperiod(r.ar(), r.kvartal());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("rekvisitioner[" + i + "].ar", e.getMessage()));
                continue;
            }
            if (period.sistaDag().isBefore(insats.get().start()) || period.forstaDag().isAfter(slut)) {
                errors.add(new FieldError("rekvisitioner[" + i + "].kvartal", "Kvartalet ligger utanför insatsens period."));
            }
        }
        return errors;
    }

    /** Budgets first, then rekvisitioner, then carry-overs, so a carry-over is checked against the year's utfall. */
    public int importera(Caller caller, Map<String, Insats> insatser, Datapaket p) {
        int antal = 0;
        for (Datapaket.Budget b : orEmpty(p.budgetar())) {
            register.setBudget(caller, insatser.get(b.insats()), b.ar(), Belopp.kronor(b.belopp()),
                    b.forstaHalvar() == null ? null : Belopp.kronor(b.forstaHalvar()), null);
            antal++;
        }
        for (Datapaket.Rekvisition r : orEmpty(p.rekvisitioner())) {
            if (write(caller, insatser.get(r.insats()), r)) {
                antal++;
            }
        }
        for (Datapaket.Overforing o : orEmpty(p.overforingar())) {
            register.recordOverforing(caller, insatser.get(o.insats()), o.franAr(),
                    o.belopp() == null ? null : Belopp.kronor(o.belopp()), o.beslutsdatum(), o.anteckning());
            antal++;
        }
        return antal;
    }

    /** An approved rekvisition already in the database is left as it is, like an approved report. */
    private boolean write(Caller caller, Insats insats, Datapaket.Rekvisition in) {
        Rapportperiod period = new Rapportperiod(in.ar(), in.kvartal());
        Optional<Rekvisition> existing = budgetar.rekvisition(insats, period);
        if (existing.filter(r -> r.status() != RekvisitionStatus.RETURNERAD).isPresent()) {
            return false;
        }
        List<Datapaket.Kostnadsrad> rader = orEmpty(in.kostnadsrader());
        Rekvisition r = register.submit(caller, insats, period, Belopp.kronor(in.belopp()),
                IntStream.range(0, rader.size()).mapToObj(i -> new Kostnadsrad(i + 1, rader.get(i).text(),
                        Belopp.kronor(rader.get(i).belopp()))).toList(), in.meddelande(), noon(in.inskickad()));
        if ("GODKAND".equals(in.status())) {
            register.approve(caller, r, noon(in.beslutad()));
        } else if ("RETURNERAD".equals(in.status())) {
            register.returnWith(caller, r, in.kommentar(), noon(in.beslutad()));
        }
        return true;
    }

    public record Export(List<Datapaket.Budget> budgetar, List<Datapaket.Overforing> overforingar,
                         List<Datapaket.Rekvisition> rekvisitioner) {
    }

    /** The year's budgets, the carry-overs into and out of the year, and the half-year's rekvisitioner. */
    public Export exportera(List<Insats> insatser, int ar, int halvar) {
        List<Datapaket.Budget> b = new ArrayList<>();
        List<Datapaket.Overforing> o = new ArrayList<>();
        List<Datapaket.Rekvisition> r = new ArrayList<>();
        for (Insats i : insatser) {
            budgetar.budget(i, ar).ifPresent(budget -> b.add(export(i, budget)));
            budgetar.overforingar(i).stream().filter(x -> x.isGallande() && (x.franAr() == ar || x.tillAr() == ar))
                    .forEach(x -> o.add(new Datapaket.Overforing(i.kod(), x.franAr(), x.belopp().map(Belopp::kronor).orElse(null),
                            x.beslutsdatum(), x.anteckning())));
            budgetar.rekvisitioner(i, ar).stream().filter(x -> (x.period().kvartal() + 1) / 2 == halvar)
                    .forEach(x -> r.add(export(x)));
        }
        return new Export(b, o, r);
    }

    private static Datapaket.Budget export(Insats i, Budget b) {
        return new Datapaket.Budget(i.kod(), b.ar(), b.beviljat().kronor(), b.beslutadForstaHalvar().map(Belopp::kronor).orElse(null));
    }

    private static Datapaket.Rekvisition export(Rekvisition x) {
        return new Datapaket.Rekvisition(x.insats().kod(), x.period().ar(), x.period().kvartal(), x.belopp().kronor(),
                x.kostnadsrader().stream().map(k -> new Datapaket.Kostnadsrad(k.text(), k.belopp().kronor())).toList(),
                x.meddelande(), x.status().name(), x.inskickadAt().atZone(SVERIGE).toLocalDate(),
                x.beslutadAt().map(t -> t.atZone(SVERIGE).toLocalDate()).orElse(null), x.kommentar());
    }

    private static void known(String insats, String at, Set<String> kanda, List<FieldError> errors) {
        if (!kanda.contains(insats)) {
            errors.add(new FieldError(at + ".insats", "Insatsen " + insats + " finns varken i paketet eller i registret."));
        }
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(SVERIGE).toInstant();
    }
}
