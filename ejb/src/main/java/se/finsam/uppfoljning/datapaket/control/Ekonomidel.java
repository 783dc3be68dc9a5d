package se.finsam.uppfoljning.datapaket.control;

import se.finsam.uppfoljning.budget.boundary.Ekonomipaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The money part of a version-2 data package: budgets, carry-over decisions and rekvisitioner,
 * checked with the rest of the package before anything is written. Budget reads its part in itself
 * ({@code Ekonomiinlasning}), through its register, so the import leaves the same audit rows as the forms.
 */
public final class Ekonomidel {

    private Ekonomidel() {
    }

    /** @param kandaInsatser codes of insatser registered or in the package */
    public static List<FieldError> check(Datapaket p, Set<String> kandaInsatser) {
        List<FieldError> errors = new ArrayList<>();
        boolean money = !orEmpty(p.budgetar()).isEmpty() || !orEmpty(p.overforingar()).isEmpty()
                || !orEmpty(p.rekvisitioner()).isEmpty();
        if (money && Datapaket.FORMAT_1.equals(p.format())) {
            errors.add(new FieldError("format", "Budget, överföringar och rekvisitioner kräver formatet " + Datapaket.FORMAT + "."));
        }
        Set<String> nycklar = new HashSet<>();
        List<Ekonomipaket.Budget> budgetar = orEmpty(p.budgetar());
        for (int i = 0; i < budgetar.size(); i++) {
            Ekonomipaket.Budget b = budgetar.get(i);
            String at = "budgetar[" + i + "]";
            known(b.insats(), at, kandaInsatser, errors);
            if (!nycklar.add(b.insats() + "/" + b.ar())) {
                errors.add(new FieldError(at, "Budgeten för " + b.insats() + " " + b.ar() + " förekommer flera gånger."));
            }
            if (b.forstaHalvar() != null && b.forstaHalvar().compareTo(b.belopp()) > 0) {
                errors.add(new FieldError(at + ".forstaHalvar", "Första halvårets budget kan inte vara större än årets."));
            }
        }
        List<Ekonomipaket.Overforing> overforingar = orEmpty(p.overforingar());
        IntStream.range(0, overforingar.size())
                .forEach(i -> known(overforingar.get(i).insats(), "overforingar[" + i + "]", kandaInsatser, errors));
        List<Ekonomipaket.Rekvisition> rekvisitioner = orEmpty(p.rekvisitioner());
        for (int i = 0; i < rekvisitioner.size(); i++) {
            Ekonomipaket.Rekvisition r = rekvisitioner.get(i);
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
            List<Ekonomipaket.Kostnadsrad> rader = orEmpty(r.kostnadsrader());
            if (!rader.isEmpty() && r.belopp() != null && rader.stream().allMatch(k -> k.belopp() != null)
                    && rader.stream().map(Ekonomipaket.Kostnadsrad::belopp).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                    .compareTo(r.belopp()) != 0) {
                errors.add(new FieldError(at + ".kostnadsrader", "Kostnadsraderna summerar inte till rekvisitionens belopp."));
            }
        }
        return errors;
    }

    /** Rekvisitioner outside the period of an insats the package describes. */
    public static List<FieldError> checkPeriods(Datapaket p) {
        List<FieldError> errors = new ArrayList<>();
        List<Ekonomipaket.Rekvisition> rekvisitioner = orEmpty(p.rekvisitioner());
        for (int i = 0; i < rekvisitioner.size(); i++) {
            Ekonomipaket.Rekvisition r = rekvisitioner.get(i);
            Optional<Insatspost> insats = p.insatser().stream().filter(in -> in.kod().equals(r.insats())).findFirst();
            if (r.ar() == null || r.kvartal() == null || insats.isEmpty() || insats.get().start() == null || insats.get().slut() == null) {
                continue;
            }
            LocalDate slut = orEmpty(insats.get().forlangningar()).stream().map(Insatspost.Forlangning::slut)
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

    private static void known(String insats, String at, Set<String> kanda, List<FieldError> errors) {
        if (!kanda.contains(insats)) {
            errors.add(new FieldError(at + ".insats", "Insatsen " + insats + " finns varken i paketet eller i registret."));
        }
    }

}
