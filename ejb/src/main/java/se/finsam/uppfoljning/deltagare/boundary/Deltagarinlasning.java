package se.finsam.uppfoljning.deltagare.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.deltagare.control.Statistiker;
import se.finsam.uppfoljning.deltagare.control.Statistikregister;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch import (the SUS import, component sus) reads and writes of the caller's förbund's
 * statistics besides {@link Deltagarstatistiken}'s preview and save: the recorded figures it merges a
 * file into, the versions its preview remembers, and the fast commit of a preview nothing has changed
 * under since. Only numbers and values cross, never an entity; the importer has checked that the
 * caller is the office.
 */
@Stateless
public class Deltagarinlasning {

    @Inject
    Statistiker statistiker;

    @Inject
    Statistikregister register;

    @Inject
    InsatsLookup insatser;


    /** One insats' recorded figures of a period: its version, the figures and the explanations. */
    public record Inspelat(long version, Deltagarsiffror siffror, Map<String, String> forklaringar) {
    }

    /**
     * A checked post to write as it is: whether the period had a record when it was checked and that
     * record's version (0: none), the figures and the explanations.
     */
    public record Granskad(long insatsId, boolean finns, long version, Deltagarsiffror siffror, Map<String, String> forklaringar) {
    }

    /**
     * What {@link #sparaGranskade} did: how many records it changed, or (nothing written) the first
     * post whose record's version is no longer the one its check read.
     */
    public record Sparat(int andrade, Optional<Long> inaktuell) {
    }

    /** The förbund's recorded figures of a period, by insats id (one query for the whole förbund). */
    public Map<Long, Inspelat> inspelade(@NotNull Caller caller, @NotNull Halvar halvar) {
        Map<Long, Inspelat> svar = new HashMap<>();
        statistiker.allaFor(Atkomst.forbund(caller), halvar)
                .forEach(d -> svar.put(d.insats().id(), new Inspelat(d.version(), d.siffror(), d.forklaringar())));
        return svar;
    }

    /** The versions of the förbund's records of a period, by insats id (only the numbers). */
    public Map<Long, Long> versioner(@NotNull Caller caller, @NotNull Halvar halvar) {
        return statistiker.versioner(Atkomst.forbund(caller), halvar);
    }

    /** The versions of the förbund's insatser, by id (only the numbers). */
    public Map<Long, Long> insatsversioner(@NotNull Caller caller) {
        return statistiker.insatsversioner(Atkomst.forbund(caller));
    }

    /**
     * Writes checked posts as they are (nothing they were checked against has changed), naming the
     * SUS import {@code susImport}: the period's records to change are read in one go, a new record
     * only references its insats. A record changed meanwhile fails its versioned update (optimistic
     * locking), a record added meanwhile the unique key of insats and period: the transaction then
     * writes nothing.
     */
    public Sparat sparaGranskade(@NotNull Caller caller, @NotNull Halvar halvar, List<Granskad> poster, long susImport,
                                 Instant nar) {
        Map<Long, Deltagarstatistik> befintliga = statistiker.forInsatser(poster.stream().filter(Granskad::finns)
                .map(Granskad::insatsId).toList(), halvar);
        List<Statistikregister.Skrivning> skrivningar = new ArrayList<>(poster.size());
        for (Granskad p : poster) {
            Optional<Deltagarstatistik> befintlig = Optional.ofNullable(befintliga.get(p.insatsId()));
            if (befintlig.map(Deltagarstatistik::version).orElse(0L) != p.version()) {
                return new Sparat(0, Optional.of(p.insatsId()));
            }
            Insats insats = befintlig.map(Deltagarstatistik::insats).orElseGet(() -> insatser.reference(new InsatsId(p.insatsId())));
            skrivningar.add(new Statistikregister.Skrivning(insats, halvar, p.siffror(), p.forklaringar(), befintlig));
        }
        int andrade = (int) register.sparaAlla(caller, skrivningar, Kalla.SUS, susImport, null, nar).stream()
                .filter(Statistikregister.Resultat::andrad).count();
        return new Sparat(andrade, Optional.empty());
    }
}
