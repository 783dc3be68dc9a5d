package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.reports.Trafikljus;

import java.util.Optional;

/**
 * The traffic light of an insats, from its goals in its latest report. The PM's words: green is
 * "i fas med ansökan", yellow "behöver hållas under uppsikt", red "behöver åtgärdas alternativt
 * skickas in en avvikelserapport på". The one rule:
 * <ul>
 *   <li>RÖD when some goal is "Nej, inte fullt ut", or the steering group says the goals will not
 *       be reached;</li>
 *   <li>GUL when some goal is only "Delvis" or "Ja, i stort sett", or the steering group expects
 *       the goals not to be reached in full;</li>
 *   <li>GRÖN when every goal is "Ja" and the prognosis is that they will be reached;</li>
 *   <li>INGEN when the report has no answers yet.</li>
 * </ul>
 * The light itself is the report module's {@link Trafikljus}: the one type from this rule through the
 * DTOs to the layout (the reports module sees no ejb class, so the type lives there and the rule here).
 */
public final class Trafikljusregel {

    private Trafikljusregel() {
    }

    public static Trafikljus of(Optional<MalStatus> status, Optional<Prognos> prognos) {
        if (status.isEmpty() && prognos.isEmpty()) {
            return Trafikljus.INGEN;
        }
        MalStatus s = status.orElse(MalStatus.JA);
        Prognos p = prognos.orElse(Prognos.JA);
        if (s == MalStatus.NEJ_INTE_FULLT_UT || p == Prognos.MALEN_KOMMER_INTE_NAS || p == Prognos.NEJ) {
            return Trafikljus.ROD;
        }
        if (s == MalStatus.DELVIS || s == MalStatus.JA_I_STORT_SETT || !p.positive()) {
            return Trafikljus.GUL;
        }
        return Trafikljus.GRON;
    }
}
