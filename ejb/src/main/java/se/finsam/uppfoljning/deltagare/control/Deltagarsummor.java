package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Every sum of participant statistics: columns over insatser, "S:a Arbete", the reasons counting as ended. */
public final class Deltagarsummor {

    private Deltagarsummor() {
    }

    /** Work by kind, work by extent, studies or the other reasons, summed by sex. */
    public static Antal kategori(Deltagarsiffror s, Kodlista kodlista, Anledningskategori kategori) {
        return kodlista.i(kategori).stream().map(a -> s.avslutningsanledningar().getOrDefault(a.kod(), Antal.NOLL))
                .reduce(Antal.NOLL, Antal::plus);
    }

    /** The reasons that add up to the ended: work by kind, studies and the others (not work by extent). */
    public static Antal avslutsanledningar(Deltagarsiffror s, Kodlista kodlista) {
        return kodlista.anledningar().stream().filter(a -> a.kategori().raknasSomAvslut())
                .map(a -> s.avslutningsanledningar().getOrDefault(a.kod(), Antal.NOLL)).reduce(Antal.NOLL, Antal::plus);
    }

    /** The categories of "S:a Arbete och/eller studerande" of table 9: work (by kind) and studies. */
    public static final Set<Anledningskategori> ARBETE_OCH_STUDIER =
            Collections.unmodifiableSet(EnumSet.of(Anledningskategori.ARBETE_SLAG, Anledningskategori.STUDIER));

    /** "S:a Arbete och/eller studerande" of table 9: work (by kind) plus studies. */
    public static Antal arbeteOchStudier(Deltagarsiffror s, Kodlista kodlista) {
        return ARBETE_OCH_STUDIER.stream().map(k -> kategori(s, kodlista, k)).reduce(Antal.NOLL, Antal::plus);
    }

    /** The codes of the reasons in the categories, in the code list's order: the rows a sum row adds up. */
    public static List<String> koder(Kodlista kodlista, Anledningskategori kategori) {
        return koder(kodlista, EnumSet.of(kategori));
    }

    public static List<String> koder(Kodlista kodlista, Set<Anledningskategori> kategorier) {
        return kodlista.anledningar().stream().filter(a -> kategorier.contains(a.kategori())).map(Kodlista.Anledning::kod).toList();
    }

    /** A column's sum over insatser. */
    public static <T> Antal kolumn(Collection<T> rader, Function<T, Antal> kolumn) {
        return rader.stream().map(kolumn).reduce(Antal.NOLL, Antal::plus);
    }
}
