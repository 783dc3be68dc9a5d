package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.pm.control.Halvar;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmTexter;
import se.finsam.uppfoljning.pm.control.Sammanfattning;
import se.finsam.uppfoljning.pm.entity.Avsnitt;
import se.finsam.uppfoljning.pm.entity.PmBerattelse;
import se.finsam.uppfoljning.reports.InsatsRad;
import se.finsam.uppfoljning.reports.InsatserTabell;
import se.finsam.uppfoljning.reports.KvalitetRad;
import se.finsam.uppfoljning.reports.KvalitetTabell;
import se.finsam.uppfoljning.reports.NulageMalRad;
import se.finsam.uppfoljning.reports.NulageMalTabell;
import se.finsam.uppfoljning.reports.PmReport;
import se.finsam.uppfoljning.reports.PmTabell;
import se.finsam.uppfoljning.reports.PmText;
import se.finsam.uppfoljning.reports.Trafikljus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The PM of a förbund's half-year as the report engine prints it: the title, the summary sentences
 * written from table 1's counts, tables 1, 2 and 5, and the office's narrative. A draft: it reads the
 * live data every time (freezing a snapshot is still to come, issue 10).
 */
@Stateless
public class PmDokument {

    @PersistenceContext
    EntityManager em;

    @Inject
    PmTabeller tabeller;

    @Inject
    PmTexter texter;

    public PmReport rapport(@NotNull Caller caller, int ar, int halvar) {
        Halvar h = PmAtkomst.halvar(ar, halvar);
        PmAtkomst.requireDocumentReader(caller, h);
        return bygg(caller, ar, halvar, h);
    }

    /**
     * The same document for a layout preview with a period's live data: the office, and the report
     * designers who lay the PM out (they read the PM's tables too), of their own förbund. The caller
     * (the layout library) checks the role; a förbund is required as for every PM.
     */
    public PmReport forhandsgranskning(@NotNull Caller caller, int ar, int halvar) {
        return bygg(caller, ar, halvar, PmAtkomst.halvar(ar, halvar));
    }

    private PmReport bygg(Caller caller, int ar, int halvar, Halvar h) {
        String forbundKod = Atkomst.forbund(caller);
        Forbund forbund = em.createNamedQuery(Forbund.BY_KOD, Forbund.class).setParameter("kod", forbundKod).getSingleResult();

        Tabell1 t1 = tabeller.tabell1(caller, ar, halvar);
        Tabell2 t2 = tabeller.tabell2(caller, ar, halvar);
        Tabell5 t5 = tabeller.tabell5(caller, ar, halvar);

        Map<PmText, String> text = new EnumMap<>(PmText.class);
        text.put(PmText.SAMMANFATTNING, sammanfattning(h, t1));
        Map<Avsnitt, PmBerattelse> egna = texter.av(forbundKod, h);
        egna.forEach((avsnitt, t) -> {
            if (!t.text().isBlank()) {
                text.put(slot(avsnitt), t.text());
            }
        });

        List<PmTabell> tabellista = new ArrayList<>();
        if (t1.antal() > 0) {
            tabellista.add(new InsatserTabell(t1.grupper().stream().flatMap(g -> g.rader().stream().map(r ->
                    new InsatsRad(g.rubrik(), r.namn(), r.agare(), r.start(), r.slut(), r.forlangd()))).toList(), null));
        }
        List<NulageMalRad> nulage = t2.grupper().stream().flatMap(g -> g.rader().stream().map(r ->
                new NulageMalRad(g.rubrik(), r.namn(), r.iFas(), r.prognos(), Trafikljus.valueOf(r.trafikljus())))).toList();
        if (!nulage.isEmpty()) {
            tabellista.add(new NulageMalTabell(nulage));
        }
        if (!t5.fragor().isEmpty() && t5.fragor().size() <= KvalitetTabell.MAX_FRAGOR && t1.antal() > 0) {
            tabellista.add(new KvalitetTabell(t5.fragor(), t5.grupper().stream().flatMap(g -> g.rader().stream()
                    .map(r -> new KvalitetRad(g.rubrik(), r.namn(), r.svar()))).toList()));
        }
        return new PmReport(forbund.namn(), ar, halvar, text, tabellista);
    }

    /** The opening sentences from table 1: the kinds in the register's order, the insatser closed in the half-year. */
    static String sammanfattning(Halvar h, Tabell1 t1) {
        List<Sammanfattning.Slag> slag = new ArrayList<>();
        for (InsatsTyp typ : InsatsTyp.values()) {
            int antal = switch (typ) {
                case INDIVIDINSATS -> t1.individinsatser();
                case STRUKTURINSATS -> t1.strukturinsatser();
                case KOMPETENSHOJANDE -> t1.kompetenshojande();
            };
            slag.add(new Sammanfattning.Slag(typ.label().toLowerCase(java.util.Locale.ROOT),
                    typ.plural().toLowerCase(java.util.Locale.ROOT), antal));
        }
        List<LocalDate> avslutade = t1.grupper().stream().flatMap(g -> g.rader().stream())
                .map(Tabell1.Rad::slut).filter(slut -> !slut.isAfter(h.sistaDag())).toList();
        return Sammanfattning.text(h, slag, avslutade);
    }

    private static PmText slot(Avsnitt avsnitt) {
        return switch (avsnitt) {
            case BAKGRUND -> PmText.BAKGRUND;
            case MAL_KOMMENTAR -> PmText.MAL_KOMMENTAR;
            case KVALITET_KOMMENTAR -> PmText.KVALITET_KOMMENTAR;
            case REFLEKTIONER -> PmText.REFLEKTIONER;
        };
    }
}
