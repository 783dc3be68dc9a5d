package se.finsam.uppfoljning.datapaket.control;

import se.finsam.uppfoljning.avvikelse.boundary.Avvikelseinlasning;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsepaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportpaket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The follow-up part of a version-2 data package: deviation reports with their decisions, and final
 * reports, checked with the rest of the package before anything is written. The avvikelse and
 * slutrapport components read their parts in themselves ({@code Avvikelseinlasning},
 * {@code Slutrapportering.lasIn}), with the same audit rows and rules as the forms.
 */
public final class Avvikelsedel {

    private Avvikelsedel() {
    }

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
        List<Slutrapportpaket.Slutrapport> rapporter = orEmpty(p.slutrapporter());
        for (int i = 0; i < rapporter.size(); i++) {
            Slutrapportpaket.Slutrapport s = rapporter.get(i);
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
        boolean budget = Avvikelseinlasning.gallerBudget(a.typ());
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

    private static void known(String insats, String at, Set<String> kanda, List<FieldError> errors) {
        if (!kanda.contains(insats)) {
            errors.add(new FieldError(at + ".insats", "Insatsen " + insats + " finns varken i paketet eller i registret."));
        }
    }

}
