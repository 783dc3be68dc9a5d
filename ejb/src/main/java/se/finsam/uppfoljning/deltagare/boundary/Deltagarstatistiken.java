package se.finsam.uppfoljning.deltagare.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.control.Kodlista;
import se.finsam.uppfoljning.deltagare.control.Konsistensregler;
import se.finsam.uppfoljning.deltagare.control.Regelbrott;
import se.finsam.uppfoljning.deltagare.control.Statistiker;
import se.finsam.uppfoljning.deltagare.control.Statistikinlasning;
import se.finsam.uppfoljning.deltagare.control.Statistikregister;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.deltagare.control.Statistikperioder;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An individinsats' participant statistics per period: read, checked and saved by the insats'
 * rapportör (or the office), and saved in batches by the SUS import. Input is decoded first
 * (formal errors → 400, nothing written), then the consistency rules are applied (a broken rule →
 * 409 unless it is one that may be explained and is). Rapportörer and steering groups reach only
 * their own insatser (another's answers 404); kansli and förbundschef the whole förbund.
 */
@Stateless
public class Deltagarstatistiken {

    @Inject
    InsatsLookup lookup;

    @Inject
    Statistiker statistiker;

    @Inject
    Statistikinlasning inlasning;

    public StatistikView hamta(@NotNull Caller caller, InsatsId insatsId, Halvar period) {
        requireReader(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        return view(insats, period);
    }

    /**
     * The statistics of the insats' latest period with figures, or of the period running on
     * {@code idag} when it has none: what the entry page opens on when its address names no period.
     */
    public StatistikView hamtaSenaste(@NotNull Caller caller, InsatsId insatsId, @NotNull LocalDate idag) {
        requireReader(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        Halvar period = statistiker.senaste(insats).map(Deltagarstatistik::period).orElseGet(() -> Halvar.containing(idag));
        return view(insats, period);
    }

    /** Checks figures without saving them: the rules beside the fields as the person types. */
    public List<Regelbrott> kontrollera(@NotNull Caller caller, InsatsId insatsId, Halvar period, StatistikInput in) {
        requireReader(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        Kodlista kodlista = kodlista(in);
        Statistikavkodning.Avkodat a = Statistikavkodning.avkoda(in, kodlista, false);
        return inlasning.granska(List.of(new Statistikinlasning.Post(insats, period, a.siffror(), a.forklaringar())))
                .get(0).brott();
    }

    public StatistikView spara(@NotNull Caller caller, InsatsId insatsId, Halvar period, StatistikInput in) {
        requireWriter(caller);
        Insats insats = lookup.find(caller, insatsId.varde(), Deltagarstatistiken::canWrite);
        Kodlista kodlista = kodlista(in);
        Statistikavkodning.Avkodat a = Statistikavkodning.avkoda(in, kodlista);
        requireIndividinsats(insats, period);
        inlasning.spara(caller, List.of(new Statistikinlasning.Post(insats, period, a.siffror(), a.forklaringar())),
                Kalla.INMATNING, a.version(), Instant.now());
        return view(insats, period);
    }

    /**
     * What saving a batch would do, per post, without writing (the SUS import's preview). The office only.
     * Refuses (404) a post naming an insats the caller cannot see, (409) one that is not an
     * individinsats or lies outside its period.
     */
    public List<Forhandsgranskning> forhandsgranska(@NotNull Caller caller, List<Inlasningspost> poster) {
        requireOffice(caller);
        return inlasning.granska(poster(caller, poster)).stream().map(g -> new Forhandsgranskning(g.post().insats().id(),
                g.post().insats().kortnamn(), g.post().period().ar(), g.post().period().halvar(), g.finns(), g.andras(),
                g.brott(), g.hindrar(), g.post().forklaringar())).toList();
    }

    /**
     * Saves a batch all or nothing, in one transaction (the SUS import): any post breaking a rule
     * that is not explained refuses the whole batch with 409 {@code DEL-005} and one field error per
     * rule and post ({@code poster[i].<field>}, the message starting with the rule's code).
     *
     * @return per post whether it changed anything (importing the same figures twice changes nothing)
     */
    public List<Boolean> sparaAlla(@NotNull Caller caller, List<Inlasningspost> poster, Kalla kalla) {
        requireOffice(caller);
        return inlasning.spara(caller, poster(caller, poster), kalla, null, Instant.now()).stream()
                .map(Statistikregister.Resultat::andrad).toList();
    }

    /** As {@link #sparaAlla}, for the committed SUS import {@code susImport} (its id), which the records then name. */
    public List<Boolean> sparaAllaFranSus(@NotNull Caller caller, List<Inlasningspost> poster, long susImport) {
        requireOffice(caller);
        return inlasning.spara(caller, poster(caller, poster), Kalla.SUS, susImport, null, Instant.now()).stream()
                .map(Statistikregister.Resultat::andrad).toList();
    }

    /**
     * Decodes figures sent in the input's shape (a data package, a client) without saving them:
     * formal errors refuse with 400 {@code DEL-002}, the rules are not applied. The version is not required.
     */
    public Statistikavkodning.Avkodat avkoda(StatistikInput in) {
        return Statistikavkodning.avkoda(in, kodlista(in), false);
    }

    /** A data package's statistics (checked whole by the package beforehand), all or nothing as {@link #sparaAlla}. */
    public List<Boolean> lasInDatapaket(@NotNull Caller caller, List<Inlasningspost> poster) {
        return sparaAlla(caller, poster, Kalla.DATAPAKET);
    }

    /**
     * The recorded figures of the period of those insatser that are individinsatser and have them,
     * in the input's shape, in the order given (for a data package; the caller checks access).
     */
    public Map<InsatsId, StatistikInput> exportera(List<InsatsId> insatser, Halvar h) {
        Map<InsatsId, StatistikInput> siffror = new LinkedHashMap<>();
        // one batch for all: an export asked a query per insats
        Map<Long, Deltagarstatistik> alla = statistiker.forInsatser(insatser.stream().map(InsatsId::varde).toList(), h);
        for (InsatsId id : insatser) {
            Optional.ofNullable(alla.get(id.varde())).filter(d -> d.insats().typ() == InsatsTyp.INDIVIDINSATS)
                    .ifPresent(d -> siffror.put(id, StatistikView.input(d.siffror(), null,
                            statistiker.kodlista(d.siffror().kodlista()).orElseGet(statistiker::senasteKodlista), d.forklaringar())));
        }
        return siffror;
    }

    /** The individinsatser the caller may save statistics for (for mapping a file's rows to insatser). */
    public List<InsatsRef> individinsatser(@NotNull Caller caller) {
        requireReader(caller);
        return lookup.allaAv(new ForbundKod(Atkomst.forbund(caller)))
                .stream().filter(i -> i.typ() == InsatsTyp.INDIVIDINSATS && Atkomst.canReadReports(caller, i))
                .map(i -> new InsatsRef(i.id(), i.kod(), i.kortnamn())).toList();
    }

    public record InsatsRef(long id, String kod, String namn) {
    }

    /**
     * The ended periods of the rapportör's individinsatser that have no statistics yet, from the
     * förbund's first year of statistics in Uppföljning on (for the start page).
     */
    public List<Forfallen> forfallna(@NotNull Caller caller, LocalDate idag) {
        if (!caller.has(Roll.RAPPORTOR) || caller.forbund().isEmpty()) {
            return List.of();
        }
        List<Forfallen> svar = new ArrayList<>();
        // from the förbund's first statistics in Uppföljning on, as the quarterly reports owed
        int forsta = statistiker.forstaAr(Atkomst.forbund(caller)).orElse(idag.getYear());
        lookup.allaAv(new ForbundKod(Atkomst.forbund(caller)))
                .stream().filter(i -> i.typ() == InsatsTyp.INDIVIDINSATS && Atkomst.canReport(caller, i))
                .forEach(i -> {
                    for (int ar = Math.max(forsta, i.start().getYear()); ar <= idag.getYear(); ar++) {
                        for (int h = 1; h <= 2; h++) {
                            Halvar p = new Halvar(ar, h);
                            if (p.sistaDag().isBefore(idag) && i.runsDuring(p.statistikStart(), p.sistaDag())
                                    && statistiker.find(i, p).isEmpty()) {
                                svar.add(new Forfallen(i.id(), i.kortnamn(), ar, h, p.sistaDag()));
                            }
                        }
                    }
                });
        return svar;
    }

    private List<Statistikinlasning.Post> poster(Caller caller, List<Inlasningspost> in) {
        List<Statistikinlasning.Post> poster = new ArrayList<>();
        for (Inlasningspost p : in == null ? List.<Inlasningspost>of() : in) {
            Halvar period = Statistikperioder.av(p.ar(), p.halvar());
            Insats insats = lookup.find(caller, p.insatsId(), Atkomst::canReadReports);
            requireIndividinsats(insats, period);
            poster.add(new Statistikinlasning.Post(insats, period, p.siffror(), p.forklaringar()));
        }
        return poster;
    }

    private StatistikView view(Insats insats, Halvar period) {
        Optional<Deltagarstatistik> d = statistiker.find(insats, period);
        Optional<Deltagarstatistik> f = statistiker.find(insats, period.foregaende());
        Kodlista kodlista = d.flatMap(x -> statistiker.kodlista(x.siffror().kodlista())).orElseGet(statistiker::senasteKodlista);
        StatistikView.Foregaende foregaende = f.map(x -> new StatistikView.Foregaende(x.period().ar(), x.period().halvar(),
                StatistikView.input(x.siffror(), x.version(), statistiker.kodlista(x.siffror().kodlista()).orElse(kodlista),
                        x.forklaringar()))).orElse(null);
        List<Regelbrott> brott = d.map(x -> Konsistensregler.kontrollera(x.siffror(), period,
                f.map(Deltagarstatistik::siffror), kodlista)).orElse(List.of());
        return new StatistikView(insats.id(), insats.kortnamn(), period.ar(), period.halvar(), period.manader(),
                d.map(Deltagarstatistik::version).orElse(0L), d.map(x -> x.kalla().name()).orElse(null),
                d.map(Deltagarstatistik::andradAv).orElse(null), d.map(Deltagarstatistik::andradAt).orElse(null),
                d.map(x -> StatistikView.input(x.siffror(), x.version(), kodlista, x.forklaringar())).orElse(null),
                d.map(Deltagarstatistik::forklaringar).orElse(Map.of()), brott, foregaende,
                StatistikView.anledningar(kodlista), StatistikView.kategorier());
    }

    private Kodlista kodlista(StatistikInput in) {
        if (in != null && in.kodlista() != null) {
            return statistiker.kodlista(in.kodlista()).orElseThrow(() -> UppfoljningException.withFields(
                    DeltagareFel.OGILTIGA_UPPGIFTER, List.of(new FieldError("kodlista",
                            "Kodlistan för avslutningsanledningar version " + in.kodlista() + " finns inte."))));
        }
        return statistiker.senasteKodlista();
    }

    static boolean canWrite(Caller c, Insats i) {
        return Atkomst.canReport(c, i) || (c.has(Roll.KANSLI) && Atkomst.canReadReports(c, i));
    }

    private static void requireIndividinsats(Insats insats, Halvar period) {
        if (insats.typ() != InsatsTyp.INDIVIDINSATS) {
            throw UppfoljningException.of(DeltagareFel.INTE_INDIVIDINSATS);
        }
        if (!insats.runsDuring(period.statistikStart(), period.sistaDag())) {
            throw UppfoljningException.of(DeltagareFel.PERIOD_UTANFOR_INSATS, period);
        }
    }

    static void requireReader(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.RAPPORTOR, Roll.STYRGRUPP)) {
            throw UppfoljningException.of(DeltagareFel.INGEN_STATISTIKROLL);
        }
        Atkomst.forbund(c);
    }

    private static void requireWriter(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.RAPPORTOR)) {
            throw UppfoljningException.detailed(DeltagareFel.INGEN_STATISTIKROLL,
                    "Bara insatsens rapportör och kansliet för in deltagarstatistik.", List.of());
        }
        Atkomst.forbund(c);
    }

    private static void requireOffice(Caller c) {
        if (!c.has(Roll.KANSLI)) {
            throw UppfoljningException.detailed(DeltagareFel.INGEN_STATISTIKROLL,
                    "Bara kansliet läser in deltagarstatistik för flera insatser.", List.of());
        }
        Atkomst.forbund(c);
    }
}
