package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;

import java.util.List;
import java.util.Optional;

/**
 * One version of the termination-reason code list, in table 9's order.
 *
 * @param version the code list's version, recorded with every set of counts that follows it
 */
public record Kodlista(int version, List<Anledning> anledningar) {

    public record Anledning(String kod, String benamning, Anledningskategori kategori) {
    }

    public Kodlista {
        anledningar = List.copyOf(anledningar);
    }

    public Optional<Anledning> anledning(String kod) {
        return anledningar.stream().filter(a -> a.kod().equals(kod)).findFirst();
    }

    public List<Anledning> i(Anledningskategori kategori) {
        return anledningar.stream().filter(a -> a.kategori() == kategori).toList();
    }
}
