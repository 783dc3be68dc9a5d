package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Budgetrad;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.insats.boundary.InsatsUnderlag;
import se.finsam.uppfoljning.insats.boundary.Insatslasning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsunderlag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportsammandrag;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The PM's budget section: tables 3 and 4, composed from the read facades of the quarterly reports,
 * the deviations and the budget component (DTOs only).
 */
@Stateless
public class Budgettabeller {

    @Inject
    Insatslasning insatser;

    @Inject
    Kvartalsunderlag kvartal;

    @Inject
    Ekonomi ekonomi;

    @Inject
    Avvikelsehantering avvikelser;

    public Tabell3 tabell3(@NotNull Caller caller, Halvar h) {
        return tabell3(new PmLasning(caller, h));
    }

    /** Table 3 from what this request has read so far (see {@link PmLasning}). */
    public Tabell3 tabell3(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<InsatsUnderlag> igang = l.igang(insatser);
        Set<Long> budgetavvikelser = l.inkomna(avvikelser).stream()
                .filter(AvvikelseView::gallerBudget).map(AvvikelseView::insatsId).collect(Collectors.toSet());
        List<Map<InsatsId, Rapportsammandrag>> rapporterna = List.of(l.rapporter(kvartal, h.forstaKvartal()),
                l.rapporter(kvartal, h.sistaKvartal()));
        return new Tabell3(h.ar(), h.halvar(), PmTabeller.grouped(igang,
                (slag, rader) -> new Tabell3.Grupp(slag.typ(), slag.plural(), rader),
                i -> rad3(i, rapporterna, budgetavvikelser.contains(i.id().varde()))));
    }

    public Tabell4 tabell4(@NotNull Caller caller, Halvar h) {
        return tabell4(new PmLasning(caller, h));
    }

    /** Table 4 from what this request has read so far (see {@link PmLasning}). */
    public Tabell4 tabell4(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<InsatsUnderlag> igang = l.igang(insatser);
        Map<Long, Budgetrad> budget = ekonomi.budgetrader(l.caller(), igang.stream().map(InsatsUnderlag::id).toList(),
                        h.year()).stream()
                .collect(Collectors.toMap(Budgetrad::insatsId, Function.identity()));
        boolean helar = h.halvar() == 2;
        return new Tabell4(h.ar(), h.halvar(), igang.stream().map(i -> {
            Budgetrad b = budget.get(i.id().varde());
            return new Tabell4.Rad(i.id().varde(), i.agarnamn(), i.kortnamn(), b.forstaHalvaret(),
                    helar ? b.helaAret() : null, b.not(), helar ? b.overfortTillNastaArTsek() : null);
        }).toList());
    }

    /** Vacancies from the quarterly reports; "Inkomna avvikelser gällande budget" from the deviations received in the half-year. */
    private static Tabell3.Rad rad3(InsatsUnderlag i, List<Map<InsatsId, Rapportsammandrag>> rapporterna, boolean budgetavvikelse) {
        List<Rapportsammandrag> inskickade = rapporterna.stream()
                .flatMap(kvartalet -> Optional.ofNullable(kvartalet.get(i.id())).stream())
                .filter(Rapportsammandrag::inskickad).toList();
        return new Tabell3.Rad(i.id().varde(), i.kortnamn(), janej(inskickade, Rapportsammandrag::vakansSof),
                janej(inskickade, Rapportsammandrag::vakansEgen), budgetavvikelse ? "Ja" : "Nej");
    }

    /** "Ja" when any report of the half-year says so, "Nej" when they answer and none does. */
    private static String janej(List<Rapportsammandrag> rapporter, Function<Rapportsammandrag, Boolean> svar) {
        List<Boolean> svaren = rapporter.stream().map(svar).filter(Objects::nonNull).toList();
        if (svaren.isEmpty()) {
            return "Saknas";
        }
        return svaren.stream().anyMatch(Predicate.isEqual(Boolean.TRUE)) ? "Ja" : "Nej";
    }
}
