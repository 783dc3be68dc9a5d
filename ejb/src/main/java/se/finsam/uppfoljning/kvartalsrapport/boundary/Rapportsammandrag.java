package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljusregel;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.reports.Trafikljus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One insats' quarterly report as the PM reads it, with the traffic light already decided
 * ({@link Trafikljusregel}, the one rule): the goals' combined status and prognosis as printed, whether
 * the report is in (submitted or approved) and approved, the vacancies, and the quality answers by
 * question code as printed ("Ja", "Delvis" ...). An insats without a report reads as {@link #saknas}.
 */
public record Rapportsammandrag(InsatsId insats, String malstatus, String prognos, Trafikljus trafikljus,
                                String trafikljusText, boolean inskickad, Boolean vakansSof, Boolean vakansEgen,
                                Map<String, String> svar, boolean godkand) {

    private static final String SAKNAS = "Saknas";

    public Rapportsammandrag {
        svar = Map.copyOf(svar);
    }

    /** No report for the quarter: nothing answered, no light. */
    public static Rapportsammandrag saknas(InsatsId insats) {
        Trafikljus ljus = Trafikljusregel.of(Optional.empty(), Optional.empty());
        return new Rapportsammandrag(insats, SAKNAS, SAKNAS, ljus, ljus.label(), false, null, null, Map.of(), false);
    }

    static Rapportsammandrag of(Kvartalsrapport r) {
        Optional<MalStatus> status = r.samladStatus();
        Optional<Prognos> prognos = r.samladPrognos();
        Trafikljus ljus = Trafikljusregel.of(status, prognos);
        Map<String, String> svar = new HashMap<>();
        r.svar().stream().filter(s -> s.svar() != null).forEach(s -> svar.put(s.fraga().kod(), Svarstyp.label(s.svar())));
        return new Rapportsammandrag(new InsatsId(r.insats().id()), status.map(MalStatus::label).orElse(SAKNAS),
                prognos.map(Prognos::label).orElse(SAKNAS), ljus, ljus.label(),
                r.status() == RapportStatus.INSKICKAD || r.status() == RapportStatus.GODKAND,
                r.vakansSof(), r.vakansEgen(), svar, r.status() == RapportStatus.GODKAND);
    }
}
