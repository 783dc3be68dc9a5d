package se.finsam.uppfoljning.deltagare.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.deltagare.control.Andel;
import se.finsam.uppfoljning.deltagare.control.Deltagarsummor;
import se.finsam.uppfoljning.deltagare.control.Kodlista;
import se.finsam.uppfoljning.deltagare.control.Konsistensregler;
import se.finsam.uppfoljning.deltagare.control.Statistiker;
import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.*;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.Utskriftsnamn;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.plattform.control.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The participant tables of a period from the recorded statistics. Kansli and förbundschef get
 * every individinsats of the förbund; a rapportör or a steering group only their own insatser.
 */
@Stateless
public class Deltagartabeller {

    @Inject
    Statistiker statistiker;

    public Deltagartabellerna tabeller(@NotNull Caller caller, Halvar period) {
        Deltagarstatistiken.requireReader(caller);
        return compute(period, statistiker.allaForReading(Atkomst.forbund(caller), period).stream()
                .filter(d -> Atkomst.canReadReports(caller, d.insats())).toList());
    }

    /**
     * Every individinsats' tables of the caller's förbund, for the PM: the PM has checked who may read
     * it (the office, the förbundschef, and the report designers who preview its layouts).
     */
    public Deltagartabellerna forPm(@NotNull Caller caller, Halvar period) {
        return compute(period, statistiker.allaForReading(Atkomst.forbund(caller), period));
    }

    /** The half-years the caller's förbund has participant statistics for (the PM checks who may read them). */
    public Set<Halvar> perioderMedStatistik(@NotNull Caller caller) {
        return statistiker.perioder(Atkomst.forbund(caller));
    }

    /** The tables of the given insatser (the PM's selection; the PM checks who may read it). */
    public Deltagartabellerna tabeller(@NotNull Caller caller, List<Insats> insatser, Halvar period) {
        String forbund = Atkomst.forbund(caller);
        return compute(period, statistiker.allaForReading(forbund, period).stream()
                .filter(d -> insatser.stream().anyMatch(i -> i.id().equals(d.insats().id()))).toList());
    }

    /**
     * The records table 6 of the PM sums (the same selection as {@link #forPm}), each with its source:
     * the provenance of the table's figures. The PM has checked who may read it.
     */
    public List<Statistikunderlag> underlagForPm(@NotNull Caller caller, Halvar period) {
        String forbund = Atkomst.forbund(caller);
        List<Deltagarstatistik> poster = individinsatser(statistiker.allaForReading(forbund, period));
        Map<Long, String> namn = namn(poster, period);
        return poster.stream().map(d -> {
            Deltagarsiffror s = d.siffror();
            return new Statistikunderlag(d.insats().id(), namn.get(d.insats().id()), km(s.inregistrerade()), km(s.avslutade()),
                    km(s.avslutadeHelaPerioden()), km(s.pagaendeSlut()), d.kalla().name(), s.uttagsdatum(), d.andradAv(),
                    d.andradAt(), d.susImport().orElse(null));
        }).toList();
    }

    /**
     * For the PM's gaps: every individinsats of the caller's förbund that has statistics for the
     * period, with the consistency rules its figures break that nobody has explained (code and
     * message); an empty list where none. An individinsats missing here has no statistics. The PM
     * checks who may read it.
     */
    public Map<InsatsId, List<String>> regelbrottForPm(@NotNull Caller caller, Halvar period) {
        List<Deltagarstatistik> poster = individinsatser(statistiker.allaForReading(Atkomst.forbund(caller), period));
        List<Kodlista> kodlistor = statistiker.kodlistor();
        Map<Long, Deltagarstatistik> foregaende = poster.isEmpty() ? Map.of()
                : statistiker.forInsatser(poster.stream().map(d -> d.insats().id()).toList(), period.foregaende());
        Map<InsatsId, List<String>> svar = new LinkedHashMap<>();
        for (Deltagarstatistik d : poster) {
            svar.put(new InsatsId(d.insats().id()), Konsistensregler.kontrollera(d.siffror(), period,
                            Optional.ofNullable(foregaende.get(d.insats().id())).map(Deltagarstatistik::siffror), kodlista(d, kodlistor))
                    .stream().filter(b -> !d.forklaringar().containsKey(b.kod())).map(b -> b.kod() + ": " + b.meddelande()).toList());
        }
        return svar;
    }

    /** The individinsatser's records in the tables' order: what every participant table reads. */
    private static List<Deltagarstatistik> individinsatser(List<Deltagarstatistik> alla) {
        return alla.stream().filter(d -> d.insats().typ() == InsatsTyp.INDIVIDINSATS)
                .sorted(Comparator.comparingInt((Deltagarstatistik d) -> d.insats().sortering())
                        .thenComparing(d -> d.insats().kortnamn())).toList();
    }

    private Deltagartabellerna compute(Halvar period, List<Deltagarstatistik> alla) {
        List<Deltagarstatistik> poster = individinsatser(alla);
        List<Kodlista> kodlistor = statistiker.kodlistor();
        Kodlista senaste = kodlistor.get(kodlistor.size() - 1);
        Map<Long, String> namn = namn(poster, period);
        return new Deltagartabellerna(period.ar(), period.halvar(), period.manader(), period.sistaDag(),
                tabell6(period, poster, kodlistor, namn), utfall(poster, namn), anonyma(poster, namn),
                anledningar(poster, senaste), malgrupp(poster, namn));
    }

    /** The names the rows print under: the short names at the period's end, told apart where two read the same. */
    private static Map<Long, String> namn(List<Deltagarstatistik> poster, Halvar period) {
        return Utskriftsnamn.av(poster.stream().map(Deltagarstatistik::insats).toList(), period.sistaDag());
    }

    private Tabell6 tabell6(Halvar period, List<Deltagarstatistik> poster, List<Kodlista> kodlistor, Map<Long, String> namn) {
        // the previous period of the records whose deviations were explained, in one query for the table
        List<Long> forklarade = poster.stream().filter(d -> !d.forklaringar().isEmpty()).map(d -> d.insats().id()).toList();
        Map<Long, Deltagarstatistik> foregaende = forklarade.isEmpty() ? Map.of()
                : statistiker.forInsatser(forklarade, period.foregaende());
        List<Rad6> rader = poster.stream().map(d -> {
            Deltagarsiffror s = d.siffror();
            return new Rad6(d.insats().id(), namn.get(d.insats().id()), km(s.inregistrerade()), km(s.avslutade()),
                    km(s.avslutadeHelaPerioden()), km(s.pagaendeSlut()), flaggor(d, period, foregaende.get(d.insats().id()), kodlistor));
        }).toList();
        Antal in = sum(poster, Deltagarsiffror::inregistrerade);
        Antal ut = sum(poster, Deltagarsiffror::avslutade);
        Antal hela = sum(poster, Deltagarsiffror::avslutadeHelaPerioden);
        Antal pag = sum(poster, Deltagarsiffror::pagaendeSlut);
        return new Tabell6(rader, km(in), km(ut), km(hela), km(pag), fordelning(in), fordelning(ut), fordelning(hela),
                fordelning(pag), uttag(poster, Deltagarsiffror::uttagsdatum));
    }

    private Utfall utfall(List<Deltagarstatistik> poster, Map<Long, String> namn) {
        List<UtfallRad> rader = poster.stream().map(d -> {
            Deltagarsiffror s = d.siffror();
            Antal as = s.arbeteStudier();
            return new UtfallRad(d.insats().id(), namn.get(d.insats().id()), km(as), procent(as.k(), s.avslutade().k()),
                    procent(as.m(), s.avslutade().m()), procent(as.summa(), s.avslutade().summa()),
                    procent(s.handlingsplanProcent() == null ? OptionalInt.empty() : OptionalInt.of(s.handlingsplanProcent())));
        }).toList();
        Antal as = sum(poster, Deltagarsiffror::arbeteStudier);
        Antal ut = sum(poster, Deltagarsiffror::avslutade);
        return new Utfall(rader, km(as), procent(as.k(), ut.k()), procent(as.m(), ut.m()), procent(as.summa(), ut.summa()),
                procent(Andel.medel(poster.stream().map(d -> d.siffror().handlingsplanProcent()).toList())),
                fordelning(as), uttag(poster, Deltagarsiffror::uttagsdatum));
    }

    private static Anonyma anonyma(List<Deltagarstatistik> poster, Map<Long, String> namn) {
        List<AnonymRad> rader = poster.stream()
                .map(d -> new AnonymRad(d.insats().id(), namn.get(d.insats().id()), d.siffror().anonyma())).toList();
        return new Anonyma(rader, rader.stream().mapToInt(AnonymRad::antal).sum());
    }

    private Avslutningsanledningar anledningar(List<Deltagarstatistik> poster, Kodlista kodlista) {
        Map<String, Antal> summor = new LinkedHashMap<>();
        poster.forEach(d -> d.siffror().avslutningsanledningar().forEach((kod, a) -> summor.merge(kod, a, Antal::plus)));
        Deltagarsiffror total = new Deltagarsiffror(null, Antal.NOLL, Antal.NOLL, Antal.NOLL, Antal.NOLL, Antal.NOLL, 0,
                Antal.NOLL, null, kodlista.version(), null, summor, null, Map.of());
        List<AnledningRad> rader = new ArrayList<>();
        Anledningskategori foregaende = null;
        for (Kodlista.Anledning a : kodlista.anledningar()) {
            if (foregaende == Anledningskategori.ARBETE_OMFATTNING && a.kategori() != Anledningskategori.ARBETE_OMFATTNING) {
                rader.add(summarad("S:a Arbete", Deltagarsummor.kategori(total, kodlista, Anledningskategori.ARBETE_SLAG),
                        Deltagarsummor.koder(kodlista, Anledningskategori.ARBETE_SLAG)));
            }
            if (foregaende == Anledningskategori.STUDIER && a.kategori() != Anledningskategori.STUDIER) {
                rader.add(summarad("S:a Arbete och/eller studerande", Deltagarsummor.arbeteOchStudier(total, kodlista),
                        Deltagarsummor.koder(kodlista, Deltagarsummor.ARBETE_OCH_STUDIER)));
            }
            rader.add(new AnledningRad(a.kod(), a.benamning(), a.kategori().name(), false, km(summor.getOrDefault(a.kod(), Antal.NOLL)), null));
            foregaende = a.kategori();
        }
        return new Avslutningsanledningar(rader, km(Deltagarsummor.avslutsanledningar(total, kodlista)),
                uttag(poster, Deltagarsiffror::anledningarUttagsdatum));
    }

    private static AnledningRad summarad(String benamning, Antal antal, List<String> delar) {
        return new AnledningRad(null, benamning, null, true, km(antal), delar);
    }

    private static Malgrupp malgrupp(List<Deltagarstatistik> poster, Map<Long, String> namn) {
        List<Deltagarsiffror.Malgrupp> grupper = poster.stream().map(d -> d.siffror().malgrupp()).filter(Objects::nonNull).toList();
        Antal antal = grupper.stream().map(Deltagarsiffror.Malgrupp::antal).reduce(Antal.NOLL, Antal::plus);
        Map<Malgruppskategori, Antal> per = new EnumMap<>(Malgruppskategori.class);
        grupper.forEach(g -> g.fordelning().forEach((k, a) -> per.merge(k, a, Antal::plus)));
        List<MalgruppRad> kategorier = per.entrySet().stream().map(e -> new MalgruppRad(e.getKey().dimension().name(),
                e.getKey().dimension().rubrik(), e.getKey().name(), e.getKey().benamning(), km(e.getValue()),
                procent(e.getValue().summa(), antal.summa()), procent(e.getValue().m(), e.getValue().summa()))).toList();
        List<Snittdagar> dagar = poster.stream().filter(d -> d.siffror().malgrupp() != null)
                .map(d -> new Snittdagar(d.insats().id(), namn.get(d.insats().id()), d.siffror().malgrupp().snittdagarK(),
                        d.siffror().malgrupp().snittdagarM())).toList();
        return new Malgrupp(km(antal), fordelning(antal), kategorier, dagar,
                grupper.stream().map(Deltagarsiffror.Malgrupp::uttagsdatum).filter(Objects::nonNull).distinct().sorted().toList());
    }

    private static List<Flagga> flaggor(Deltagarstatistik d, Halvar period, Deltagarstatistik foregaende,
                                        List<Kodlista> kodlistor) {
        if (d.forklaringar().isEmpty()) {
            return List.of();
        }
        return Konsistensregler.kontrollera(d.siffror(), period,
                        Optional.ofNullable(foregaende).map(Deltagarstatistik::siffror), kodlista(d, kodlistor)).stream()
                .filter(b -> d.forklaringar().containsKey(b.kod()))
                .map(b -> new Flagga(b.kod(), b.falt(), b.meddelande(), d.forklaringar().get(b.kod()))).toList();
    }

    /** The code list the record's figures were given in, or the newest. */
    private static Kodlista kodlista(Deltagarstatistik d, List<Kodlista> kodlistor) {
        return kodlistor.stream().filter(k -> k.version() == d.siffror().kodlista()).findFirst()
                .orElse(kodlistor.get(kodlistor.size() - 1));
    }

    private static Antal sum(List<Deltagarstatistik> poster, Function<Deltagarsiffror, Antal> kolumn) {
        return Deltagarsummor.kolumn(poster, d -> kolumn.apply(d.siffror()));
    }

    private static List<LocalDate> uttag(List<Deltagarstatistik> poster, Function<Deltagarsiffror, LocalDate> datum) {
        return poster.stream().map(d -> datum.apply(d.siffror())).filter(Objects::nonNull).distinct().sorted().toList();
    }

    static Km km(Antal a) {
        return new Km(a.k(), a.m(), a.summa());
    }

    static Procent procent(int del, int helhet) {
        return procent(Andel.procent(del, helhet));
    }

    static Procent procent(OptionalInt p) {
        return new Procent(p.isPresent() ? p.getAsInt() : null, Andel.text(p));
    }

    static Fordelning fordelning(Antal a) {
        return new Fordelning(procent(a.k(), a.summa()), procent(a.m(), a.summa()));
    }
}
