package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;

import java.util.Collection;
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

    /** "S:a Arbete och/eller studerande" of table 9: work (by kind) plus studies. */
    public static Antal arbeteOchStudier(Deltagarsiffror s, Kodlista kodlista) {
        return kategori(s, kodlista, Anledningskategori.ARBETE_SLAG).plus(kategori(s, kodlista, Anledningskategori.STUDIER));
    }

    /** A column's sum over insatser. */
    public static <T> Antal kolumn(Collection<T> rader, Function<T, Antal> kolumn) {
        return rader.stream().map(kolumn).reduce(Antal.NOLL, Antal::plus);
    }
}
