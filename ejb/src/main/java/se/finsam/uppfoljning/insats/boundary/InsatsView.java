package se.finsam.uppfoljning.insats.boundary;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsStatus;
import se.finsam.uppfoljning.partner.entity.Partner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An insats as the register shows it; {@code slut} is the end in force on {@code per}.
 * {@code kortnamnHistorik}: the short names and the day each was first in force, oldest first (empty
 * while it has had one name). {@code slutrapportKravs}: closed, so its final report is due.
 * {@code ursprungligtSlut}: the end as registered, before the board's extensions.
 */
public record InsatsView(long id, String kod, String namn, String kortnamn, String typ, String typText,
                         String agare, String agarnamn, List<String> samverkansparter, LocalDate start,
                         LocalDate slut, boolean forlangd, String status, String malgrupp, List<MalView> mal,
                         List<ForlangningView> forlangningar, int sortering, long version,
                         List<LedamotView> styrgrupp, List<String> rapportorer, List<KortnamnView> kortnamnHistorik,
                         LocalDate avslutsbeslut, boolean slutrapportKravs, LocalDate ursprungligtSlut) implements java.io.Serializable {

    public record MalView(int nummer, String beskrivning, String malvarde) implements java.io.Serializable {
    }

    public record ForlangningView(LocalDate slut, LocalDate beslutsdatum, String beslutAv) implements java.io.Serializable {
    }

    public record LedamotView(String namn, String organisation) implements java.io.Serializable {
    }

    public record KortnamnView(LocalDate giltigFran, String kortnamn) implements java.io.Serializable {
    }

    public static InsatsView of(Insats i, LocalDate per) {
        boolean avslutad = i.status() == InsatsStatus.AVSLUTAD;
        return new InsatsView(i.id(), i.kod(), i.namn(), i.kortnamn(), i.typ().name(), i.typ().label(),
                i.agare().organisation(), i.agare().namn(),
                i.samverkansparter().stream().map(Partner::organisation).sorted().toList(),
                i.start(), i.slutPer(per), !i.slutPer(per).equals(i.ursprungligtSlut()), i.status().name(),
                i.malgrupp(),
                i.mal().stream().map(m -> new MalView(m.nummer(), m.beskrivning(), m.malvarde())).toList(),
                i.forlangningar().stream().map(f -> new ForlangningView(f.slut(), f.beslutsdatum(), f.beslutAv())).toList(),
                i.sortering(), i.version(),
                i.styrgrupp().stream().map(l -> new LedamotView(l.namn(), l.organisation()))
                        .sorted(Comparator.comparing(LedamotView::namn)).toList(),
                List.copyOf(i.rapportorer()),
                i.kortnamnHistorik().stream().map(k -> new KortnamnView(k.giltigFran(), k.kortnamn())).toList(),
                i.avslutsbeslut().orElse(null), avslutad, i.ursprungligtSlut());
    }
}
