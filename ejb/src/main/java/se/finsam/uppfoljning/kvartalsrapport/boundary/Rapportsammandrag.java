package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.kvartalsrapport.control.Trafikljus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.kvartalsrapport.entity.RapportStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Svarstyp;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One insats' quarterly report as the PM reads it, with the traffic light already decided
 * ({@link Trafikljus}, the one rule): the goals' combined status and prognosis as printed, whether
 * the report is in (submitted or approved), the vacancies, and the quality answers by question code
 * as printed ("Ja", "Delvis" ...). An insats without a report reads as {@link #saknas}.
 */
public record Rapportsammandrag(InsatsId insats, String malstatus, String prognos, String trafikljus,
                                String trafikljusText, boolean inskickad, Boolean vakansSof, Boolean vakansEgen,
                                Map<String, String> svar) {

    private static final String SAKNAS = "Saknas";

    public Rapportsammandrag {
        svar = Map.copyOf(svar);
    }

    /** No report for the quarter: nothing answered, no light. */
    public static Rapportsammandrag saknas(InsatsId insats) {
        Trafikljus ljus = Trafikljus.of(Optional.empty(), Optional.empty());
        return new Rapportsammandrag(insats, SAKNAS, SAKNAS, ljus.name(), ljus.label(), false, null, null, Map.of());
    }

    static Rapportsammandrag of(Kvartalsrapport r) {
        Optional<MalStatus> status = r.samladStatus();
        Optional<Prognos> prognos = r.samladPrognos();
        Trafikljus ljus = Trafikljus.of(status, prognos);
        Map<String, String> svar = new HashMap<>();
        r.svar().stream().filter(s -> s.svar() != null).forEach(s -> svar.put(s.fraga().kod(), Svarstyp.label(s.svar())));
        return new Rapportsammandrag(new InsatsId(r.insats().id()), status.map(MalStatus::label).orElse(SAKNAS),
                prognos.map(Prognos::label).orElse(SAKNAS), ljus.name(), ljus.label(),
                r.status() == RapportStatus.INSKICKAD || r.status() == RapportStatus.GODKAND,
                r.vakansSof(), r.vakansEgen(), svar);
    }
}
