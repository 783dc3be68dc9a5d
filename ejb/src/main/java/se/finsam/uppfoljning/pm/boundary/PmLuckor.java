package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.budget.boundary.Arsbudget;
import se.finsam.uppfoljning.budget.boundary.Arsbudgetering;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabeller;
import se.finsam.uppfoljning.insats.boundary.InsatsUnderlag;
import se.finsam.uppfoljning.insats.boundary.Insatslasning;
import se.finsam.uppfoljning.insats.boundary.Insatsslag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsunderlag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportsammandrag;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmTexter;
import se.finsam.uppfoljning.pm.entity.Avsnitt;
import se.finsam.uppfoljning.pm.entity.PmBerattelse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a half-year's PM still lacks, each gap once with the page that mends it: for every insats
 * running in the half-year, the quarterly report of each quarter that has ended (not submitted, or
 * submitted and not approved) and the year's budget; for every individinsats, the statistics
 * (missing, or breaking a consistency rule nobody explained); the deviations received in the
 * half-year without a decision; the PM's texts not written. The office and the förbundschef read it
 * (as drafts), for the running half-year as for any other.
 */
@Stateless
public class PmLuckor {

    @Inject
    Insatslasning insatser;

    @Inject
    Kvartalsunderlag kvartal;

    @Inject
    Deltagartabeller deltagare;

    @Inject
    Arsbudgetering budget;

    @Inject
    Avvikelsehantering avvikelser;

    @Inject
    PmTexter texter;

    @Inject
    Kalender kalender;

    public List<Lucka> luckor(@NotNull Caller caller, Halvar h) {
        PmAtkomst.requireDraftReader(caller);
        PmLasning l = new PmLasning(caller, h);
        LocalDate idag = kalender.idag();
        List<InsatsUnderlag> igang = l.igang(insatser);
        List<Lucka> luckor = new ArrayList<>();
        for (Rapportperiod q : List.of(h.forstaKvartal(), h.sistaKvartal())) {
            if (q.sistaDag().isBefore(idag)) {
                Map<InsatsId, Rapportsammandrag> rapporter = l.rapporter(kvartal, q);
                igang.stream().filter(i -> lopte(i, q.forstaDag(), q.sistaDag()))
                        .forEach(i -> rapport(i, q, rapporter.get(i.id())).ifPresent(luckor::add));
            }
        }
        Map<InsatsId, List<String>> statistik = deltagare.regelbrottForPm(caller, h);
        igang.stream().filter(i -> Insatsslag.INDIVIDINSATS.equals(i.slag())).forEach(i -> {
            String lank = "deltagarstatistik.xhtml?insats=" + i.id().varde() + "&ar=" + h.ar() + "&halvar=" + h.halvar();
            List<String> brott = statistik.get(i.id());
            if (brott == null) {
                luckor.add(new Lucka(Lucka.Typ.STATISTIK_SAKNAS, i.id().varde(), i.kortnamn(),
                        "Deltagarstatistiken för " + h.manader() + " " + h.ar() + " saknas.", lank));
            } else if (!brott.isEmpty()) {
                luckor.add(new Lucka(Lucka.Typ.STATISTIK_REGELBROTT, i.id().varde(), i.kortnamn(),
                        "Deltagarstatistiken bryter mot en kontroll som ingen har förklarat: " + String.join("; ", brott), lank));
            }
        });
        Arsbudget arsbudget = budget.arsbudget(caller, new Ar(h.ar()));
        Map<Long, Arsbudget.Rad> budgetar = arsbudget.insatser().stream().collect(Collectors.toMap(Arsbudget.Rad::insatsId, r -> r));
        for (InsatsUnderlag i : igang) {
            Arsbudget.Rad rad = budgetar.get(i.id().varde());
            if (rad == null || rad.forslag() || rad.belopp() == null) {
                luckor.add(new Lucka(Lucka.Typ.BUDGET_SAKNAS, i.id().varde(), i.kortnamn(),
                        "Budgeten för " + h.ar() + " är inte bekräftad.", "arsbudget.xhtml?ar=" + h.ar()));
            }
        }
        for (AvvikelseView a : l.inkomna(avvikelser)) {
            if (!a.beslutad()) {
                luckor.add(new Lucka(Lucka.Typ.AVVIKELSE_EJ_BESLUTAD, a.insatsId(), kortnamn(igang, a),
                        "Avvikelsen (" + a.typText().toLowerCase(Locale.ROOT) + ") som kom in " + a.inkommen()
                                + " är inte beslutad.", "avvikelse.xhtml?id=" + a.id()));
            }
        }
        Map<Avsnitt, PmBerattelse> skrivna = texter.av(l.forbund().varde(), h);
        for (Avsnitt avsnitt : Avsnitt.values()) {
            PmBerattelse text = skrivna.get(avsnitt);
            if (text == null || text.text().isBlank()) {
                luckor.add(new Lucka(Lucka.Typ.TEXT_SAKNAS, null, null, "Avsnittet " + avsnitt.rubrik() + " är inte skrivet.",
                        "pm.xhtml?ar=" + h.ar() + "&halvar=" + h.halvar() + "#texter"));
            }
        }
        luckor.sort(Comparator.comparing(Lucka::typ));
        return List.copyOf(luckor);
    }

    /** The gap of one insats' report for an ended quarter, if it has one. */
    private static Optional<Lucka> rapport(InsatsUnderlag i, Rapportperiod q, Rapportsammandrag r) {
        String lank = "kvartalsrapport.xhtml?insats=" + i.id().varde() + "&ar=" + q.ar() + "&kvartal=" + q.kvartal();
        String kvartalet = "kvartal " + q.kvartal() + " " + q.ar();
        if (r == null || !r.inskickad()) {
            return Optional.of(new Lucka(Lucka.Typ.KVARTALSRAPPORT_SAKNAS, i.id().varde(), i.kortnamn(),
                    "Kvartalsrapporten för " + kvartalet + " är inte inskickad.", lank));
        }
        if (!r.godkand()) {
            return Optional.of(new Lucka(Lucka.Typ.KVARTALSRAPPORT_EJ_GODKAND, i.id().varde(), i.kortnamn(),
                    "Kvartalsrapporten för " + kvartalet + " är inskickad men inte godkänd.", lank));
        }
        return Optional.empty();
    }

    private static boolean lopte(InsatsUnderlag i, LocalDate fran, LocalDate till) {
        return !i.start().isAfter(till) && !i.slut().isBefore(fran);
    }

    private static String kortnamn(List<InsatsUnderlag> igang, AvvikelseView a) {
        return igang.stream().filter(i -> i.id().varde() == a.insatsId()).map(InsatsUnderlag::kortnamn).findFirst().orElse(a.insats());
    }
}
