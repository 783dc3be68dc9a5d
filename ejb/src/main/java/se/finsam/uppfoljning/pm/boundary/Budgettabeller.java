package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.pm.PmFel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Budgetrad;
import se.finsam.uppfoljning.budget.boundary.Ekonomi;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The PM's budget section: tables 3 and 4, computed from the quarterly reports, the deviations and the budget component. */
@Stateless
public class Budgettabeller {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rapporter rapporter;

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
        List<Tabell3.Grupp> grupper = new ArrayList<>();
        List<Insats> igang = running(l);
        java.util.Set<Long> budgetavvikelser = l.inkomna(avvikelser).stream()
                .filter(a -> "BUDGET".equals(a.typ())).map(AvvikelseView::insatsId).collect(Collectors.toSet());
        List<Map<Long, Kvartalsrapport>> rapporterna = List.of(l.rapporter(rapporter, h.forstaKvartal()),
                l.rapporter(rapporter, h.sistaKvartal()));
        for (InsatsTyp typ : InsatsTyp.values()) {
            List<Tabell3.Rad> rader = igang.stream().filter(i -> i.typ() == typ)
                    .map(i -> rad3(i, rapporterna, budgetavvikelser.contains(i.id()))).toList();
            if (!rader.isEmpty()) {
                grupper.add(new Tabell3.Grupp(typ.name(), typ.plural(), rader));
            }
        }
        return new Tabell3(h.ar(), h.halvar(), grupper);
    }

    public Tabell4 tabell4(@NotNull Caller caller, Halvar h) {
        return tabell4(new PmLasning(caller, h));
    }

    /** Table 4 from what this request has read so far (see {@link PmLasning}). */
    public Tabell4 tabell4(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<Insats> igang = running(l);
        Map<Long, Budgetrad> budget = ekonomi.budgetrader(l.caller(), igang, h.year()).stream()
                .collect(Collectors.toMap(Budgetrad::insatsId, Function.identity()));
        boolean helar = h.halvar() == 2;
        return new Tabell4(h.ar(), h.halvar(), igang.stream().map(i -> {
            Budgetrad b = budget.get(i.id());
            return new Tabell4.Rad(i.id(), i.agare().namn(), i.kortnamn(), b.forstaHalvaret(),
                    helar ? b.helaAret() : null, b.not(), helar ? b.overfortTillNastaArTsek() : null);
        }).toList());
    }

    /** Vacancies from the quarterly reports; "Inkomna avvikelser gällande budget" from the deviations received in the half-year. */
    private static Tabell3.Rad rad3(Insats i, List<Map<Long, Kvartalsrapport>> rapporterna, boolean budgetavvikelse) {
        List<Kvartalsrapport> inskickade = rapporterna.stream()
                .flatMap(kvartalet -> java.util.Optional.ofNullable(kvartalet.get(i.id())).stream())
                .filter(r -> r.status() == RapportStatus.INSKICKAD || r.status() == RapportStatus.GODKAND).toList();
        return new Tabell3.Rad(i.id(), i.kortnamn(), janej(inskickade, Kvartalsrapport::vakansSof),
                janej(inskickade, Kvartalsrapport::vakansEgen), budgetavvikelse ? "Ja" : "Nej");
    }

    /** "Ja" when any report of the half-year says so, "Nej" when they answer and none does. */
    private static String janej(List<Kvartalsrapport> rapporter, Function<Kvartalsrapport, Boolean> svar) {
        List<Boolean> svaren = rapporter.stream().map(svar).filter(Objects::nonNull).toList();
        if (svaren.isEmpty()) {
            return "Saknas";
        }
        return svaren.stream().anyMatch(Predicate.isEqual(Boolean.TRUE)) ? "Ja" : "Nej";
    }

    private List<Insats> running(PmLasning l) {
        if (!l.caller().hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.STYRELSE, Roll.RAPPORTDESIGNER)) {
            throw UppfoljningException.of(PmFel.INGEN_PM_ROLL);
        }
        return l.igang(em);
    }

}
