package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportfrister;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportkalender;
import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljusregel;
import se.finsam.uppfoljning.reports.Trafikljus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only queries that keep track of the reporting for the pages: which quarter the overview
 * opens on, every quarter of each insats with where its report stands, and what waits for the
 * signed-in person. Each reads the förbund's insatser and reports once and indexes them, instead of
 * one query per insats and quarter.
 */
@Stateless
public class Bevakning {

    private static final String EJ_PABORJAD = "EJ_PABORJAD";

    @Inject
    Rapportfrister frister;

    @Inject
    Rapporter rapporter;

    @Inject
    InsatsLookup insatsLookup;

    /** The quarter the office's overview opens on (rule in {@code Rapportkalender.oversiktskvartal}). */
    public Oversiktskvartal oversiktskvartal(@NotNull Caller caller) {
        Atkomst.requireInsatsRole(caller);
        LocalDate idag = frister.idag();
        List<Rapportperiod> medRapporter = rapporter.allaForReading(Atkomst.forbund(caller)).stream()
                .map(Kvartalsrapport::period).distinct().toList();
        Rapportperiod visas = Rapportkalender.oversiktskvartal(idag, frister::frist, medRapporter);
        Rapportperiod senaste = Rapportkalender.senasteUtgangnaFrist(idag, frister::frist);
        return new Oversiktskvartal(visas.ar(), visas.kvartal(), senaste.ar(), senaste.kvartal());
    }

    /**
     * Every quarter of the period of each insats whose reports the caller may read, oldest first,
     * up to the quarter under way; keyed by insats id.
     */
    public Map<Long, List<Kvartalslage>> kvartal(@NotNull Caller caller) {
        Atkomst.requireInsatsRole(caller);
        String forbund = Atkomst.forbund(caller);
        LocalDate idag = frister.idag();
        Map<Long, Map<Rapportperiod, Kvartalsrapport>> index = index(forbund);
        Map<Long, List<Kvartalslage>> perInsats = new LinkedHashMap<>();
        for (Insats i : insatser(forbund)) {
            if (Atkomst.canReadReports(caller, i)) {
                Map<Rapportperiod, Kvartalsrapport> avInsatsen = index.getOrDefault(i.id(), Map.of());
                perInsats.put(i.id(), Rapportkalender.paborjade(i.start(), i.slutPer(idag), idag).stream()
                        .map(p -> lage(i, p, avInsatsen.get(p), idag, false)).toList());
            }
        }
        return perInsats;
    }

    /** What waits for the caller in each of their roles; empty lists for the roles they lack. */
    public Arbetslista arbetslista(@NotNull Caller caller) {
        if (caller.forbund().isEmpty()
                || !caller.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.STYRELSE, Roll.RAPPORTOR, Roll.STYRGRUPP)) {
            return Arbetslista.TOM;
        }
        String forbund = Atkomst.forbund(caller);
        LocalDate idag = frister.idag();
        List<Kvartalsrapport> alla = rapporter.allaForReading(forbund);
        Map<Long, Map<Rapportperiod, Kvartalsrapport>> index = index(alla);
        // the förbund's reporting in Uppföljning starts with its first report; earlier quarters were
        // reported before it and are not asked for
        Rapportperiod forsta = alla.stream().map(Kvartalsrapport::period).min(Comparator.naturalOrder())
                .orElse(Rapportperiod.containing(idag).foregaende());

        List<Kvartalslage> attLamna = new ArrayList<>();
        List<Kvartalslage> returnerade = new ArrayList<>();
        List<Kvartalslage> attGranska = new ArrayList<>();
        List<Kvartalslage> sena = new ArrayList<>();
        List<Kvartalslage> styrgrupp = new ArrayList<>();
        for (Insats i : insatser(forbund)) {
            Map<Rapportperiod, Kvartalsrapport> avInsatsen = index.getOrDefault(i.id(), Map.of());
            List<Rapportperiod> skyldiga = Rapportkalender.skyldiga(i.start(), i.slutPer(idag), forsta, idag);
            if (Atkomst.canReport(caller, i)) {
                for (Rapportperiod p : skyldiga) {
                    Kvartalsrapport r = avInsatsen.get(p);
                    if (r == null || r.status() == RapportStatus.UTKAST) {
                        attLamna.add(lage(i, p, r, idag, false));
                    }
                }
                avInsatsen.forEach((p, r) -> {
                    if (r.status() == RapportStatus.RETURNERAD) {
                        returnerade.add(lage(i, p, r, idag, false));
                    } else if (r.status() == RapportStatus.UTKAST && !skyldiga.contains(p)) {
                        // a draft begun for the quarter under way
                        attLamna.add(lage(i, p, r, idag, false));
                    }
                });
            }
            if (Atkomst.canReview(caller) && Atkomst.canReadReports(caller, i)) {
                avInsatsen.forEach((p, r) -> {
                    if (r.status() == RapportStatus.INSKICKAD) {
                        attGranska.add(lage(i, p, r, idag, false));
                    }
                });
                for (Rapportperiod p : skyldiga) {
                    Kvartalsrapport r = avInsatsen.get(p);
                    if ((r == null || r.status().editable()) && idag.isAfter(frister.frist(p))) {
                        sena.add(lage(i, p, r, idag, false));
                    }
                }
            }
            if (caller.has(Roll.STYRGRUPP) && Atkomst.canReadReports(caller, i)
                    && i.isAssigned(caller.username(), Tilldelning.STYRGRUPP)) {
                styrgrupp.add(senaste(i, avInsatsen, idag));
            }
        }
        Comparator<Kvartalslage> efterFrist = Comparator.comparing(Kvartalslage::frist).thenComparing(Kvartalslage::insats);
        Comparator<Kvartalslage> efterInsats = Comparator.comparing(Kvartalslage::insats)
                .thenComparing(Kvartalslage::ar).thenComparing(Kvartalslage::kvartal);
        attLamna.sort(efterFrist);
        returnerade.sort(efterFrist);
        attGranska.sort(efterFrist);
        sena.sort(efterInsats);
        styrgrupp.sort(efterInsats);
        return new Arbetslista(attLamna, returnerade, attGranska, sena, styrgrupp);
    }

    /** The steering group follows the newest report, or the quarter under way when there is none. */
    private Kvartalslage senaste(Insats i, Map<Rapportperiod, Kvartalsrapport> avInsatsen, LocalDate idag) {
        Optional<Rapportperiod> nyast = avInsatsen.keySet().stream().max(Comparator.naturalOrder());
        Rapportperiod p = nyast.orElseGet(() -> {
            List<Rapportperiod> paborjade = Rapportkalender.paborjade(i.start(), i.slutPer(idag), idag);
            return paborjade.isEmpty() ? Rapportperiod.containing(i.start()) : paborjade.get(paborjade.size() - 1);
        });
        return lage(i, p, avInsatsen.get(p), idag, true);
    }

    private Kvartalslage lage(Insats i, Rapportperiod p, Kvartalsrapport r, LocalDate idag, boolean medTrafikljus) {
        LocalDate frist = frister.frist(p);
        if (r == null) {
            return new Kvartalslage(i.id(), i.kortnamn(), p.ar(), p.kvartal(), null, EJ_PABORJAD, "Ej påbörjad", frist,
                    idag.isAfter(frist), medTrafikljus ? Trafikljus.INGEN : null,
                    medTrafikljus ? Trafikljus.INGEN.label() : null);
        }
        // the traffic light reads every goal's answer, so only the lists that show it pay for it
        Trafikljus ljus = medTrafikljus ? Trafikljusregel.of(r.samladStatus(), r.samladPrognos()) : null;
        return new Kvartalslage(i.id(), i.kortnamn(), p.ar(), p.kvartal(), r.id(), r.status().name(), r.status().label(),
                frist, r.isLate(frist, idag), ljus, ljus == null ? null : ljus.label());
    }

    private List<Insats> insatser(String forbund) {
        // the start page and the intranet's to-do list ask on every visit; nothing here changes an insats
        return insatsLookup.allaAvForReading(new ForbundKod(forbund));
    }

    private Map<Long, Map<Rapportperiod, Kvartalsrapport>> index(String forbund) {
        return index(rapporter.allaForReading(forbund));
    }

    private static Map<Long, Map<Rapportperiod, Kvartalsrapport>> index(List<Kvartalsrapport> alla) {
        Map<Long, Map<Rapportperiod, Kvartalsrapport>> index = new HashMap<>();
        for (Kvartalsrapport r : alla) {
            index.computeIfAbsent(r.insats().id(), k -> new HashMap<>()).put(r.period(), r);
        }
        return index;
    }
}
