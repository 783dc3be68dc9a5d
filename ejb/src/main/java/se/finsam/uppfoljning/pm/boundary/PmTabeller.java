package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.kvartalsrapport.control.Fragebatteriregel;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljusregel;
import se.finsam.uppfoljning.reports.Trafikljus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fraga;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The PM's tables, computed from the register and the reports (tables 1, 2 and 5 so far). */
@Stateless
public class PmTabeller {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rapporter rapporter;

    public Tabell1 tabell1(@NotNull Caller caller, Halvar h) {
        return tabell1(new PmLasning(caller, h));
    }

    /** Table 1 from what this request has read so far (see {@link PmLasning}). */
    public Tabell1 tabell1(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        int ar = h.ar();
        int halvar = h.halvar();
        List<Insats> igang = running(l);
        List<Tabell1.Grupp> grupper = grouped(igang, (typ, rader) -> new Tabell1.Grupp(typ.name(), typ.plural(), rader),
                i -> new Tabell1.Rad(i.id(), i.namn(), i.agare().namn(), i.start(), i.slutPer(h.sistaDag()),
                        i.forlangdUnder(h.forstaDag(), h.sistaDag())));
        int avslutade = (int) igang.stream().filter(i -> !i.slutPer(h.sistaDag()).isAfter(h.sistaDag())).count();
        return new Tabell1(ar, halvar, igang.size(), count(igang, InsatsTyp.INDIVIDINSATS),
                count(igang, InsatsTyp.STRUKTURINSATS), count(igang, InsatsTyp.KOMPETENSHOJANDE), avslutade, grupper);
    }

    public Tabell2 tabell2(@NotNull Caller caller, Halvar h) {
        return tabell2(new PmLasning(caller, h));
    }

    /** Table 2 from what this request has read so far (see {@link PmLasning}). */
    public Tabell2 tabell2(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        LocalDate slut = h.sistaDag();
        // "Nuläge mål gäller endast insatser som fortsätter" after the half-year
        List<Insats> fortsatter = running(l).stream().filter(i -> i.slutPer(slut).isAfter(slut)).toList();
        Map<Long, Kvartalsrapport> rapport = rapporter(l, h.sistaKvartal());
        return new Tabell2(h.ar(), h.halvar(), grouped(fortsatter, (typ, rader) -> new Tabell2.Grupp(typ.name(), typ.plural(), rader),
                i -> rad(i, Optional.ofNullable(rapport.get(i.id())))));
    }

    public Tabell5 tabell5(@NotNull Caller caller, Halvar h) {
        return tabell5(new PmLasning(caller, h));
    }

    /** Table 5 from what this request has read so far (see {@link PmLasning}). */
    public Tabell5 tabell5(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<Insats> igang = running(l);
        Optional<Fragebatteri> set = Fragebatteriregel.iKraft(em.createNamedQuery(Fragebatteri.BY_FORBUND_UP_TO_AR, Fragebatteri.class)
                .setParameter("forbund", l.forbund()).setParameter("ar", h.ar()).setHint(InsatsLookup.READ_ONLY, "True")
                .getResultList(), h.sistaKvartal());
        List<Fraga> fragor = set.map(Fragebatteri::fragor).orElse(List.of());
        Map<Long, Kvartalsrapport> rapport = rapporter(l, h.sistaKvartal());
        return new Tabell5(h.ar(), h.halvar(), fragor.stream().map(Fraga::rubrik).toList(),
                grouped(igang, (typ, rader) -> new Tabell5.Grupp(typ.name(), typ.plural(), rader), i -> {
                    Map<String, String> svar = new HashMap<>();
                    Optional.ofNullable(rapport.get(i.id())).ifPresent(r -> r.svar().stream()
                            .filter(s -> s.svar() != null).forEach(s -> svar.put(s.fraga().kod(), Svarstyp.label(s.svar()))));
                    return new Tabell5.Rad(i.id(), i.kortnamn(), fragor.stream().map(f -> svar.get(f.kod())).toList());
                }));
    }

    private static Tabell2.Rad rad(Insats i, Optional<Kvartalsrapport> r) {
        Optional<MalStatus> status = r.flatMap(Kvartalsrapport::samladStatus);
        Optional<Prognos> prognos = r.flatMap(Kvartalsrapport::samladPrognos);
        Trafikljus ljus = Trafikljusregel.of(status, prognos);
        return new Tabell2.Rad(i.id(), i.kortnamn(), status.map(MalStatus::label).orElse("Saknas"),
                prognos.map(Prognos::label).orElse("Saknas"), ljus, ljus.label());
    }

    /** The insatser running in the half-year: read once per request, whichever table asks first. */
    private List<Insats> running(PmLasning l) {
        requirePmReader(l.caller());
        return l.igang(em);
    }

    private Map<Long, Kvartalsrapport> rapporter(PmLasning l, Rapportperiod kvartal) {
        return l.rapporter(rapporter, kvartal);
    }

    private static <G, R> List<G> grouped(List<Insats> insatser, BiFunction<InsatsTyp, List<R>, G> grupp,
                                          Function<Insats, R> rad) {
        List<G> grupper = new ArrayList<>();
        for (InsatsTyp typ : InsatsTyp.values()) {
            List<R> rader = insatser.stream().filter(i -> i.typ() == typ).map(rad).toList();
            if (!rader.isEmpty()) {
                grupper.add(grupp.apply(typ, rader));
            }
        }
        return grupper;
    }

    private static int count(List<Insats> insatser, InsatsTyp typ) {
        return (int) insatser.stream().filter(i -> i.typ() == typ).count();
    }

    private static void requirePmReader(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF,
                Roll.STYRELSE, Roll.RAPPORTDESIGNER)) {
            throw UppfoljningException.of(PmFel.INGEN_PM_ROLL);
        }
        Atkomst.forbund(c);
    }

}
