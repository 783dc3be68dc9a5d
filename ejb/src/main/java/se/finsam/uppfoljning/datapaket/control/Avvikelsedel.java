package se.finsam.uppfoljning.datapaket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.avvikelse.control.Avvikelser;
import se.finsam.uppfoljning.avvikelse.control.Avvikelseregister;
import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseBeslut;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseTyp;
import se.finsam.uppfoljning.avvikelse.entity.BeslutUtfall;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.datapaket.boundary.Avvikelsepaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.slutrapport.control.Slutrapporter;
import se.finsam.uppfoljning.slutrapport.entity.Malutfall;
import se.finsam.uppfoljning.slutrapport.entity.Slutrapport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The follow-up part of a version-2 data package: deviation reports with their decisions, and final
 * reports. Checked with the rest of the package before anything is written; written through the
 * avvikelse and slutrapport components' registers (same audit rows and rules as the forms: an
 * approved carry-over larger than the unused funds fails the whole import). A deviation already in
 * the register (same insats, kind, date and description) only gets the decisions it lacks.
 */
@Dependent
public class Avvikelsedel {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @Inject
    Avvikelser avvikelser;

    @Inject
    Avvikelseregister register;

    @Inject
    Slutrapporter slutrapporter;

    /** @param kandaInsatser codes of insatser registered or in the package */
    public static List<FieldError> check(Datapaket p, Set<String> kandaInsatser) {
        List<FieldError> errors = new ArrayList<>();
        if ((!orEmpty(p.avvikelser()).isEmpty() || !orEmpty(p.slutrapporter()).isEmpty()) && Datapaket.FORMAT_1.equals(p.format())) {
            errors.add(new FieldError("format", "Avvikelser och slutrapporter kräver formatet " + Datapaket.FORMAT + "."));
        }
        List<Avvikelsepaket.Avvikelse> lista = orEmpty(p.avvikelser());
        for (int i = 0; i < lista.size(); i++) {
            check(lista.get(i), "avvikelser[" + i + "]", kandaInsatser, errors);
        }
        Set<String> medRapport = new HashSet<>();
        List<Avvikelsepaket.Slutrapport> rapporter = orEmpty(p.slutrapporter());
        for (int i = 0; i < rapporter.size(); i++) {
            Avvikelsepaket.Slutrapport s = rapporter.get(i);
            String at = "slutrapporter[" + i + "]";
            known(s.insats(), at, kandaInsatser, errors);
            if (!medRapport.add(s.insats())) {
                errors.add(new FieldError(at + ".insats", "Insatsen " + s.insats() + " har flera slutrapporter i paketet."));
            }
            Set<Integer> nummer = new HashSet<>();
            orEmpty(s.mal()).stream().filter(m -> m.nummer() != null && !nummer.add(m.nummer()))
                    .forEach(m -> errors.add(new FieldError(at + ".mal", "Mål " + m.nummer() + " förekommer flera gånger.")));
            p.insatser().stream().filter(in -> in.kod().equals(s.insats())).findFirst().ifPresent(in -> {
                Set<Integer> insatsensMal = new HashSet<>();
                orEmpty(in.mal()).forEach(m -> insatsensMal.add(m.nummer()));
                if (!insatsensMal.equals(nummer)) {
                    errors.add(new FieldError(at + ".mal", "Slutrapporten ska ha ett utfall för vart och ett av insatsens mål " + insatsensMal + "."));
                }
            });
        }
        return errors;
    }

    private static void check(Avvikelsepaket.Avvikelse a, String at, Set<String> kanda, List<FieldError> errors) {
        known(a.insats(), at, kanda, errors);
        boolean budget = "BUDGET".equals(a.typ());
        if (budget != (a.ar() != null)) {
            errors.add(new FieldError(at + ".ar", "År anges för en budgetavvikelse och bara för den."));
        }
        if (!budget && a.begartBelopp() != null) {
            errors.add(new FieldError(at + ".begartBelopp", "Belopp att föra över anges bara för en budgetavvikelse."));
        }
        List<Avvikelsepaket.Beslut> beslut = orEmpty(a.beslut());
        for (int j = 0; j < beslut.size(); j++) {
            Avvikelsepaket.Beslut b = beslut.get(j);
            String bat = at + ".beslut[" + j + "]";
            if (b.beslutsdatum() != null && a.inkommen() != null && b.beslutsdatum().isBefore(a.inkommen())) {
                errors.add(new FieldError(bat + ".beslutsdatum", "Beslutet kan inte vara fattat innan avvikelsen kom in."));
            }
            BigDecimal begart = a.begartBelopp();
            switch (b.utfall() == null ? "" : b.utfall()) {
                case "GODKAND" -> {
                    if (b.belopp() != null && (begart == null || b.belopp().compareTo(begart) != 0)) {
                        errors.add(new FieldError(bat + ".belopp", "Ett helt godkännande för över det begärda beloppet."));
                    }
                }
                case "DELVIS_GODKAND" -> {
                    if (begart == null || b.belopp() == null || b.belopp().signum() <= 0 || b.belopp().compareTo(begart) >= 0) {
                        errors.add(new FieldError(bat + ".belopp", "Ett delvis godkännande har ett belopp större än 0 och mindre än det begärda."));
                    }
                }
                case "AVSLAGEN" -> {
                    if (b.belopp() != null) {
                        errors.add(new FieldError(bat + ".belopp", "Ett avslag för inte över något belopp."));
                    }
                }
                default -> { }
            }
        }
    }

    /** Deviations and their decisions, then final reports; returns how many objects were written. */
    public int importera(Caller caller, Map<String, Insats> insatser, Datapaket p) {
        int antal = 0;
        for (Avvikelsepaket.Avvikelse in : orEmpty(p.avvikelser())) {
            Insats insats = insatser.get(in.insats());
            AvvikelseTyp typ = AvvikelseTyp.valueOf(in.typ());
            Optional<Avvikelse> existing = avvikelser.of(insats).stream().filter(a -> a.typ() == typ
                    && a.inkommen().equals(in.inkommen()) && a.beskrivning().equals(in.beskrivning())).findFirst();
            Avvikelse a = existing.orElseGet(() -> register.file(caller, insats, typ, in.beskrivning(), in.ar(),
                    in.begartBelopp() == null ? null : Belopp.kronor(in.begartBelopp()), in.inkommen(), noon(in.inkommen())));
            antal += existing.isEmpty() ? 1 : 0;
            List<Avvikelsepaket.Beslut> beslut = orEmpty(in.beslut());
            for (int j = a.beslut().size(); j < beslut.size(); j++) {
                Avvikelsepaket.Beslut b = beslut.get(j);
                AvvikelseBeslut ersatter = a.gallandeBeslut().orElse(null);
                register.decide(caller, a, BeslutUtfall.valueOf(b.utfall()), b.belopp() == null ? null : Belopp.kronor(b.belopp()),
                        b.motivering(), b.beslutsdatum(), ersatter, noon(b.beslutsdatum()), true);
                antal++;
            }
        }
        for (Avvikelsepaket.Slutrapport s : orEmpty(p.slutrapporter())) {
            slutrapporter.write(caller, insatser.get(s.insats()), null, s.syfte(),
                    s.mal().stream().map(m -> new Malutfall(m.nummer(), m.utfall(), m.uppnatt())).toList(),
                    s.sammanfattning(), s.leverVidare(), orEmpty(s.lankar()), Instant.now());
            antal++;
        }
        return antal;
    }

    public record Export(List<Avvikelsepaket.Avvikelse> avvikelser, List<Avvikelsepaket.Slutrapport> slutrapporter) {
    }

    /**
     * Deviations received or decided in the half-year (with every decision up to its end), and the
     * final reports of insatser that end in it.
     */
    public Export exportera(List<Insats> insatser, LocalDate fran, LocalDate till) {
        List<Avvikelsepaket.Avvikelse> a = new ArrayList<>();
        List<Avvikelsepaket.Slutrapport> s = new ArrayList<>();
        for (Insats i : insatser) {
            avvikelser.of(i).stream().filter(x -> !x.inkommen().isAfter(till) && (!x.inkommen().isBefore(fran)
                            || x.beslut().stream().anyMatch(b -> inom(b.beslutsdatum(), fran, till))))
                    .forEach(x -> a.add(export(x, till)));
            LocalDate slut = i.slutPer(LocalDate.MAX);
            if (inom(slut, fran, till)) {
                slutrapporter.of(i).ifPresent(r -> s.add(export(r)));
            }
        }
        return new Export(a, s);
    }

    private static Avvikelsepaket.Avvikelse export(Avvikelse x, LocalDate till) {
        return new Avvikelsepaket.Avvikelse(x.insats().kod(), x.typ().name(), x.beskrivning(), x.ar().orElse(null),
                x.begart().map(Belopp::kronor).orElse(null), x.inkommen(),
                x.beslut().stream().filter(b -> !b.beslutsdatum().isAfter(till))
                        .map(b -> new Avvikelsepaket.Beslut(b.utfall().name(), b.belopp().map(Belopp::kronor).orElse(null),
                                b.motivering(), b.beslutsdatum())).toList());
    }

    private static Avvikelsepaket.Slutrapport export(Slutrapport r) {
        return new Avvikelsepaket.Slutrapport(r.insats().kod(), r.syfte(),
                r.mal().stream().map(m -> new Avvikelsepaket.Malutfall(m.nummer(), m.utfall(), m.uppnatt())).toList(),
                r.sammanfattning(), r.leverVidare(), r.lankar());
    }

    private static boolean inom(LocalDate d, LocalDate fran, LocalDate till) {
        return !d.isBefore(fran) && !d.isAfter(till);
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
