package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljusregel;
import se.finsam.uppfoljning.reports.Trafikljus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarterly report as its readers see it. {@code id} is null and {@code version} 0 for a report
 * nobody has started yet; saving with version 0 creates it.
 */
public record RapportView(Long id, long insatsId, String insats, int ar, int kvartal, String status, String statusText,
                          LocalDate frist, boolean sen, List<MalsvarView> mal, Boolean vakansSof, Boolean vakansEgen,
                          Boolean budgetavvikelseInskickad, List<SvarView> svar, String meddelande,
                          List<KommentarView> kommentarer, Instant inskickad, String inskickadAv, Instant godkand,
                          String godkandAv, Trafikljus trafikljus, String trafikljusText, long version,
                          boolean kanRedigera, boolean kanGranska) implements java.io.Serializable {

    public record MalsvarView(int nummer, String beskrivning, String status, String statusText, String prognos,
                              String prognosText, String kommentar) implements java.io.Serializable {
    }

    public record SvarView(String kod, String rubrik, String text, String svarstyp, List<String> alternativ,
                           List<String> forklaringKravsVid, String svar, String svarText, String forklaring) implements java.io.Serializable {
    }

    public record KommentarView(String sektion, String sektionText, String text, String av, Instant tid) implements java.io.Serializable {
    }

    static RapportView of(Kvartalsrapport r, LocalDate frist, LocalDate idag, boolean kanRedigera, boolean kanGranska) {
        Trafikljus ljus = Trafikljusregel.of(r.samladStatus(), r.samladPrognos());
        return new RapportView(r.id(), r.insats().id(), r.insats().namn(), r.period().ar(), r.period().kvartal(),
                r.status().name(), r.status().label(), frist, r.isLate(frist, idag),
                r.malsvar().stream().map(m -> new MalsvarView(m.mal().nummer(), m.mal().beskrivning(),
                        m.status() == null ? null : m.status().name(), m.status() == null ? null : m.status().label(),
                        m.prognos() == null ? null : m.prognos().name(), m.prognos() == null ? null : m.prognos().label(),
                        m.kommentar())).toList(),
                r.vakansSof(), r.vakansEgen(), r.budgetavvikelseInskickad(),
                r.svar().stream().map(s -> new SvarView(s.fraga().kod(), s.fraga().rubrik(), s.fraga().text(),
                        s.fraga().svarstyp().name(), s.fraga().svarstyp().svar(), s.fraga().forklaringKravsVid(),
                        s.svar(), s.svar() == null ? null : Svarstyp.label(s.svar()), s.forklaring())).toList(),
                r.meddelande(),
                r.kommentarer().stream().map(k -> new KommentarView(k.sektion().name(), k.sektion().label(), k.text(),
                        k.skrivenAv(), k.skrivenAt())).toList(),
                r.inskickadAt().orElse(null), r.inskickadAv(), r.godkandAt().orElse(null), r.godkandAv(),
                ljus, ljus.label(), r.version(), kanRedigera && r.status().editable(),
                kanGranska);
    }
}
