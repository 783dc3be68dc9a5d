package se.finsam.uppfoljning.deltagare.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks and writes the statistics of several insatser and periods at once, all or nothing: the SUS
 * import and the data package use it, the form one record at a time. A period's previous period is
 * taken from the same batch when it is in it, else from the database, so halvår 1 and halvår 2 of a
 * year can come in one file. Access is checked by the caller (a boundary).
 */
@Dependent
public class Statistikinlasning {

    @Inject
    Statistiker statistiker;

    @Inject
    Statistikregister register;

    /** One insats' figures for one period, with the explanations of the rules they break on purpose. */
    public record Post(Insats insats, Halvar period, Deltagarsiffror siffror, Map<String, String> forklaringar) {
        public Post {
            Objects.requireNonNull(insats, "insats");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(siffror, "siffror");
            forklaringar = Map.copyOf(forklaringar == null ? Map.of() : forklaringar);
        }
    }

    /**
     * What saving a post would do.
     *
     * @param befintlig what is recorded for the insats and period already (managed: saving changes it)
     * @param andras    saving would change what is recorded
     * @param brott     every broken rule
     * @param hindrar   the broken rules that refuse the save (not explainable, or not explained)
     */
    public record Granskning(Post post, Optional<Deltagarstatistik> befintlig, boolean andras, List<Regelbrott> brott,
                             List<Regelbrott> hindrar) {

        /** Figures are recorded for the insats and period already. */
        public boolean finns() {
            return befintlig.isPresent();
        }
    }

    /**
     * Checks every post without writing anything (the preview). Refuses (400) figures naming an
     * unknown code list. What is recorded (each post's period and the previous one, which the
     * cross-period rules need) is read in a few queries for the whole batch, the rules run in memory.
     */
    public List<Granskning> granska(List<Post> poster) {
        Map<Integer, Kodlista> kodlistor = statistiker.kodlistor().stream()
                .collect(Collectors.toMap(Kodlista::version, k -> k));
        List<FieldError> okanda = new ArrayList<>();
        for (int i = 0; i < poster.size(); i++) {
            Post p = poster.get(i);
            if (!kodlistor.containsKey(p.siffror().kodlista())) {
                okanda.add(new FieldError(prefix(poster, i) + "kodlista", "Kodlistan för avslutningsanledningar version "
                        + p.siffror().kodlista() + " finns inte."));
            }
        }
        if (!okanda.isEmpty()) {
            throw UppfoljningException.withFields(DeltagareFel.OGILTIGA_UPPGIFTER, okanda);
        }
        Map<Halvar, Map<Long, Deltagarstatistik>> inspelade = inspelade(poster);
        // a period's previous period from the same batch when it is in it (the first such post)
        Map<Nyckel, Deltagarsiffror> iBatchen = new HashMap<>();
        poster.forEach(p -> iBatchen.putIfAbsent(new Nyckel(p.insats().id(), p.period()), p.siffror()));
        List<Granskning> svar = new ArrayList<>();
        for (Post p : poster) {
            Kodlista kodlista = kodlistor.get(p.siffror().kodlista());
            Halvar fp = p.period().foregaende();
            Optional<Deltagarsiffror> foregaende = Optional.ofNullable(iBatchen.get(new Nyckel(p.insats().id(), fp)))
                    .or(() -> Optional.ofNullable(inspelade.get(fp).get(p.insats().id())).map(Deltagarstatistik::siffror));
            List<Regelbrott> brott = Konsistensregler.kontrollera(p.siffror(), p.period(), foregaende, kodlista);
            // an explanation is kept only while its rule is broken
            Map<String, String> giltiga = p.forklaringar().entrySet().stream()
                    .filter(e -> brott.stream().anyMatch(b -> b.kod().equals(e.getKey())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Post effektiv = new Post(p.insats(), p.period(), p.siffror(), giltiga);
            Optional<Deltagarstatistik> befintlig = Optional.ofNullable(inspelade.get(p.period()).get(p.insats().id()));
            boolean andras = befintlig.map(b -> !b.siffror().equals(p.siffror().utanAngivnaSummor())
                    || !b.forklaringar().equals(giltiga)).orElse(true);
            svar.add(new Granskning(effektiv, befintlig, andras, brott, Konsistensregler.hindrar(brott, giltiga)));
        }
        return svar;
    }

    /** What is recorded for the posts' insatser in their periods and the periods before them. */
    private Map<Halvar, Map<Long, Deltagarstatistik>> inspelade(List<Post> poster) {
        Map<Halvar, Set<Long>> insatser = new HashMap<>();
        for (Post p : poster) {
            insatser.computeIfAbsent(p.period(), k -> new LinkedHashSet<>()).add(p.insats().id());
            insatser.computeIfAbsent(p.period().foregaende(), k -> new LinkedHashSet<>()).add(p.insats().id());
        }
        Map<Halvar, Map<Long, Deltagarstatistik>> svar = new HashMap<>();
        insatser.forEach((period, ids) -> svar.put(period, statistiker.forInsatser(ids, period)));
        return svar;
    }

    private record Nyckel(long insats, Halvar period) {
    }

    /**
     * Saves every post or none: a broken rule in any refuses the whole batch (409) with one message
     * per rule and post. Posts are written in period order, so a halvår 2 follows its halvår 1.
     *
     * @param version for a single post from a form, the version the caller read; null for a batch (no check)
     */
    public List<Statistikregister.Resultat> spara(Caller caller, List<Post> poster, Kalla kalla, Long version, Instant nar) {
        return spara(caller, poster, kalla, null, version, nar);
    }

    /** As {@link #spara(Caller, List, Kalla, Long, Instant)}, the records naming the SUS import {@code susImport} (its id) that writes them. */
    public List<Statistikregister.Resultat> spara(Caller caller, List<Post> poster, Kalla kalla, Long susImport, Long version,
                                                  Instant nar) {
        List<Granskning> granskningar = granska(poster);
        refuseIfBroken(poster, granskningar);
        List<Integer> ordning = IntStream.range(0, poster.size()).boxed()
                .sorted(Comparator.comparing(i -> poster.get(i).period())).toList();
        List<Statistikregister.Skrivning> skrivningar = ordning.stream().map(granskningar::get)
                .map(g -> new Statistikregister.Skrivning(g.post().insats(), g.post().period(), g.post().siffror(),
                        g.post().forklaringar(), g.befintlig())).toList();
        List<Statistikregister.Resultat> sparade = register.sparaAlla(caller, skrivningar, kalla, susImport, version, nar);
        Statistikregister.Resultat[] resultat = new Statistikregister.Resultat[poster.size()];
        for (int j = 0; j < ordning.size(); j++) {
            resultat[ordning.get(j)] = sparade.get(j);
        }
        return List.of(resultat);
    }

    private static void refuseIfBroken(List<Post> poster, List<Granskning> granskningar) {
        List<FieldError> fel = new ArrayList<>();
        List<Regelbrott> alla = new ArrayList<>();
        for (int i = 0; i < granskningar.size(); i++) {
            String prefix = prefix(poster, i);
            for (Regelbrott b : granskningar.get(i).hindrar()) {
                alla.add(b);
                fel.add(new FieldError(prefix + b.falt(), poster.size() == 1 ? b.meddelande() : b.kod() + " " + b.meddelande()));
            }
        }
        if (alla.isEmpty()) {
            return;
        }
        if (poster.size() == 1 && alla.stream().map(Regelbrott::kod).distinct().count() == 1) {
            DeltagareFel regel = kod(alla.get(0).kod());
            throw UppfoljningException.detailed(regel, alla.get(0).meddelande(), fel);
        }
        throw UppfoljningException.withFields(DeltagareFel.REGLER_BRUTNA, fel, alla.size());
    }

    private static String prefix(List<Post> poster, int i) {
        return poster.size() == 1 ? "" : "poster[" + i + "].";
    }

    static DeltagareFel kod(String kod) {
        for (DeltagareFel f : DeltagareFel.values()) {
            if (f.code().equals(kod)) {
                return f;
            }
        }
        throw new IllegalArgumentException(kod);
    }
}
