package se.finsam.uppfoljning.slutrapport.boundary;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.slutrapport.entity.Malutfall;
import se.finsam.uppfoljning.slutrapport.entity.Slutrapport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An insats' final report as the PM's section "Avslutade insatser" and the form show it: the insats
 * (name, kind, period with extensions, owner and partners), the purpose, each goal with its text,
 * outcome and whether it was reached, the summary, what lives on, and links.
 */
public record SlutrapportView(long insatsId, String insatsKod, String insats, String typ, LocalDate start, LocalDate slut,
                              boolean forlangd, String agare, List<String> samverkansparter, String syfte, List<Mal> mal,
                              String sammanfattning, String leverVidare, List<String> lankar, String andradAv,
                              Instant andrad, long version) {

    public record Mal(int nummer, String beskrivning, String utfall, boolean uppnatt) {
    }

    static SlutrapportView of(Slutrapport s) {
        Insats i = s.insats();
        return new SlutrapportView(i.id(), i.kod(), i.namn(), i.typ().label(), i.start(), i.slutPer(LocalDate.MAX),
                !i.forlangningar().isEmpty(), i.agare().namn(),
                i.samverkansparter().stream().map(Partner::namn).sorted().toList(), s.syfte(),
                s.mal().stream().map(m -> new Mal(m.nummer(), beskrivning(i, m), m.utfall(), m.uppnatt())).toList(),
                s.sammanfattning(), s.leverVidare(), s.lankar(), s.andradAv(), s.andradAt(), s.version());
    }

    private static String beskrivning(Insats i, Malutfall m) {
        return i.mal().stream().filter(x -> x.nummer() == m.nummer()).map(x -> x.beskrivning()).findFirst().orElse(null);
    }
}
