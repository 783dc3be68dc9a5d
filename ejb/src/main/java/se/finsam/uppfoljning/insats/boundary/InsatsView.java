package se.finsam.uppfoljning.insats.boundary;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.partner.entity.Partner;

import java.time.LocalDate;
import java.util.List;

/** An insats as the register shows it; {@code slut} is the end in force on {@code per}. */
public record InsatsView(long id, String kod, String namn, String kortnamn, String typ, String typText,
                         String agare, String agarnamn, List<String> samverkansparter, LocalDate start,
                         LocalDate slut, boolean forlangd, String status, String malgrupp, List<MalView> mal,
                         List<ForlangningView> forlangningar, int sortering, long version) {

    public record MalView(int nummer, String beskrivning, String malvarde) {
    }

    public record ForlangningView(LocalDate slut, LocalDate beslutsdatum, String beslutAv) {
    }

    public static InsatsView of(Insats i, LocalDate per) {
        return new InsatsView(i.id(), i.kod(), i.namn(), i.kortnamn(), i.typ().name(), i.typ().label(),
                i.agare().organisation(), i.agare().namn(),
                i.samverkansparter().stream().map(Partner::organisation).sorted().toList(),
                i.start(), i.slutPer(per), !i.slutPer(per).equals(i.ursprungligtSlut()), i.status().name(),
                i.malgrupp(),
                i.mal().stream().map(m -> new MalView(m.nummer(), m.beskrivning(), m.malvarde())).toList(),
                i.forlangningar().stream().map(f -> new ForlangningView(f.slut(), f.beslutsdatum(), f.beslutAv())).toList(),
                i.sortering(), i.version());
    }
}
