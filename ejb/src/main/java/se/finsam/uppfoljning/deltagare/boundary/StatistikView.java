package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.control.Kodlista;
import se.finsam.uppfoljning.deltagare.control.Regelbrott;
import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An insats' statistics for a period as the entry page and clients read them: the figures in the
 * shape they are sent back in ({@code siffror}, with its version), the rules they break and how
 * they are explained, the previous period's figures for comparison, and the code lists.
 *
 * @param version   0 when nothing is recorded for the period yet
 * @param siffror   null when nothing is recorded yet
 * @param foregaende the previous period's figures (halvår 1 for halvår 2, the previous year's halvår 2 for halvår 1)
 */
public record StatistikView(long insatsId, String insats, int ar, int halvar, String manader, long version, String kalla,
                            String andradAv, Instant andradAt, StatistikInput siffror, Map<String, String> forklaringar,
                            List<Regelbrott> brott, Foregaende foregaende, List<AnledningView> avslutningsanledningar,
                            List<KategoriView> malgruppskategorier) implements java.io.Serializable {

    public record Foregaende(int ar, int halvar, StatistikInput siffror) implements java.io.Serializable {
    }

    public record AnledningView(String kod, String benamning, String kategori) implements java.io.Serializable {
    }

    public record KategoriView(String kategori, String dimension, String benamning) implements java.io.Serializable {
    }

    static List<AnledningView> anledningar(Kodlista kodlista) {
        return kodlista.anledningar().stream().map(a -> new AnledningView(a.kod(), a.benamning(), a.kategori().name())).toList();
    }

    static List<KategoriView> kategorier() {
        return Arrays.stream(Malgruppskategori.values())
                .map(k -> new KategoriView(k.name(), k.dimension().name(), k.benamning())).toList();
    }

    /** The figures in the input's shape, with each total filled in as K + M. */
    static StatistikInput input(Deltagarsiffror s, Long version, Kodlista kodlista, Map<String, String> forklaringar) {
        List<StatistikInput.Anledning> anledningar = kodlista.anledningar().stream()
                .filter(a -> s.avslutningsanledningar().containsKey(a.kod()))
                .map(a -> {
                    Antal n = s.avslutningsanledningar().get(a.kod());
                    return new StatistikInput.Anledning(a.kod(), n.k(), n.m(), n.summa());
                }).toList();
        StatistikInput.MalgruppInput malgrupp = s.malgrupp() == null ? null : new StatistikInput.MalgruppInput(
                s.malgrupp().uttagsdatum(), km(s.malgrupp().antal()),
                Arrays.stream(Malgruppskategori.values()).filter(k -> s.malgrupp().fordelning().containsKey(k))
                        .map(k -> {
                            Antal n = s.malgrupp().fordelning().get(k);
                            return new StatistikInput.Kategori(k.name(), n.k(), n.m(), n.summa());
                        }).toList(),
                s.malgrupp().snittdagarK(), s.malgrupp().snittdagarM());
        Antal arbete = kodlista.i(Anledningskategori.ARBETE_SLAG).stream()
                .map(a -> s.avslutningsanledningar().getOrDefault(a.kod(), Antal.NOLL)).reduce(Antal.NOLL, Antal::plus);
        return new StatistikInput(version, s.uttagsdatum(), km(s.pagaendeStart()), km(s.inregistrerade()), km(s.avslutade()),
                km(s.avslutadeHelaPerioden()), km(s.pagaendeSlut()), s.anonyma(), km(s.arbeteStudier()),
                s.handlingsplanProcent(), s.kodlista(), s.anledningarUttagsdatum(), anledningar, km(arbete), malgrupp,
                new java.util.TreeMap<>(forklaringar).entrySet().stream()
                        .map(e -> new StatistikInput.Forklaring(e.getKey(), e.getValue())).toList());
    }

    private static StatistikInput.Km km(Antal a) {
        return new StatistikInput.Km(a.k(), a.m(), a.summa());
    }
}
