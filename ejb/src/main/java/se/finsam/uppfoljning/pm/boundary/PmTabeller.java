package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.boundary.InsatsUnderlag;
import se.finsam.uppfoljning.insats.boundary.Insatslasning;
import se.finsam.uppfoljning.insats.boundary.Insatsslag;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.kvartalsrapport.boundary.FragaView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsunderlag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportsammandrag;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.pm.PmFel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The PM's tables, composed from the register's and the reports' read facades (tables 1, 2 and 5):
 * DTOs in, DTOs out; the traffic light comes decided from the kvartalsrapport component.
 */
@Stateless
public class PmTabeller {

    @Inject
    Insatslasning insatser;

    @Inject
    Kvartalsunderlag kvartal;

    public Tabell1 tabell1(@NotNull Caller caller, Halvar h) {
        return tabell1(new PmLasning(caller, h));
    }

    /** Table 1 from what this request has read so far (see {@link PmLasning}). */
    public Tabell1 tabell1(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<InsatsUnderlag> igang = l.igang(insatser);
        List<Tabell1.Grupp> grupper = grouped(igang, (slag, rader) -> new Tabell1.Grupp(slag.typ(), slag.plural(), rader),
                i -> new Tabell1.Rad(i.id().varde(), i.namn(), i.agarnamn(), i.start(), i.slut(), i.forlangd()));
        int avslutade = (int) igang.stream().filter(i -> !i.slut().isAfter(h.sistaDag())).count();
        return new Tabell1(h.ar(), h.halvar(), igang.size(), count(igang, Insatsslag.INDIVIDINSATS),
                count(igang, Insatsslag.STRUKTURINSATS), count(igang, Insatsslag.KOMPETENSHOJANDE), avslutade, grupper);
    }

    public Tabell2 tabell2(@NotNull Caller caller, Halvar h) {
        return tabell2(new PmLasning(caller, h));
    }

    /** Table 2 from what this request has read so far (see {@link PmLasning}). */
    public Tabell2 tabell2(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        LocalDate slut = h.sistaDag();
        // "Nuläge mål gäller endast insatser som fortsätter" after the half-year
        List<InsatsUnderlag> fortsatter = l.igang(insatser).stream().filter(i -> i.slut().isAfter(slut)).toList();
        Map<InsatsId, Rapportsammandrag> rapport = rapporter(l, h.sistaKvartal());
        return new Tabell2(h.ar(), h.halvar(), grouped(fortsatter, (slag, rader) -> new Tabell2.Grupp(slag.typ(), slag.plural(), rader),
                i -> {
                    Rapportsammandrag r = rapport.getOrDefault(i.id(), Rapportsammandrag.saknas(i.id()));
                    return new Tabell2.Rad(i.id().varde(), i.kortnamn(), r.malstatus(), r.prognos(), r.trafikljus(),
                            r.trafikljusText());
                }));
    }

    public Tabell5 tabell5(@NotNull Caller caller, Halvar h) {
        return tabell5(new PmLasning(caller, h));
    }

    /** Table 5 from what this request has read so far (see {@link PmLasning}). */
    public Tabell5 tabell5(@NotNull PmLasning l) {
        Halvar h = l.halvar();
        List<InsatsUnderlag> igang = l.igang(insatser);
        List<FragaView> fragor = kvartal.fragorIKraft(l.forbund(), h);
        Map<InsatsId, Rapportsammandrag> rapport = rapporter(l, h.sistaKvartal());
        return new Tabell5(h.ar(), h.halvar(), fragor.stream().map(FragaView::rubrik).toList(),
                grouped(igang, (slag, rader) -> new Tabell5.Grupp(slag.typ(), slag.plural(), rader), i -> {
                    Map<String, String> svar = rapport.getOrDefault(i.id(), Rapportsammandrag.saknas(i.id())).svar();
                    return new Tabell5.Rad(i.id().varde(), i.kortnamn(), fragor.stream().map(f -> svar.get(f.kod())).toList());
                }));
    }

    private Map<InsatsId, Rapportsammandrag> rapporter(PmLasning l, Rapportperiod kvartal) {
        return l.rapporter(this.kvartal, kvartal);
    }

    /** The rows per kind of insats, in the register's order of kinds; a kind without rows has no group. */
    static <G, R> List<G> grouped(List<InsatsUnderlag> insatser, BiFunction<Insatsslag, List<R>, G> grupp,
                                  Function<InsatsUnderlag, R> rad) {
        List<G> grupper = new ArrayList<>();
        for (Insatsslag slag : Insatsslag.alla()) {
            List<R> rader = insatser.stream().filter(i -> i.slag().equals(slag)).map(rad).toList();
            if (!rader.isEmpty()) {
                grupper.add(grupp.apply(slag, rader));
            }
        }
        return grupper;
    }

    private static int count(List<InsatsUnderlag> insatser, Insatsslag slag) {
        return (int) insatser.stream().filter(i -> i.slag().equals(slag)).count();
    }

    static void requirePmReader(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF,
                Roll.STYRELSE, Roll.RAPPORTDESIGNER)) {
            throw UppfoljningException.of(PmFel.INGEN_PM_ROLL);
        }
        Atkomst.forbund(c);
    }
}
