package se.finsam.uppfoljning.kvartalsrapport.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.kvartalsrapport.entity.MalStatus;
import se.finsam.uppfoljning.kvartalsrapport.entity.Prognos;
import se.finsam.uppfoljning.reports.Trafikljus;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrafikljusregelTest {

    @Test
    void theRowsOfTheSecond2022Pm() {
        // Jobbcentrum: "Nej, inte fullt ut" / "Målen kommer inte nås fullt ut" – needs action
        assertThat(of(MalStatus.NEJ_INTE_FULLT_UT, Prognos.MALEN_KOMMER_INTE_NAS_FULLT_UT)).isEqualTo(Trafikljus.ROD);
        // Knivsta: "Ja, i stort sett" / "… inte nås fullt ut" – keep an eye on it
        assertThat(of(MalStatus.JA_I_STORT_SETT, Prognos.MALEN_KOMMER_INTE_NAS_FULLT_UT)).isEqualTo(Trafikljus.GUL);
        // Heby: "Ja, i stort sett" / "Målen kommer nås"
        assertThat(of(MalStatus.JA_I_STORT_SETT, Prognos.MALEN_KOMMER_NAS)).isEqualTo(Trafikljus.GUL);
        assertThat(of(MalStatus.JA, Prognos.MALEN_KOMMER_NAS)).isEqualTo(Trafikljus.GRON);
    }

    @Test
    void theRowsOfTheFirst2022Pm() {
        assertThat(of(MalStatus.DELVIS, Prognos.JA)).isEqualTo(Trafikljus.GUL);
        assertThat(of(MalStatus.JA, Prognos.JA)).isEqualTo(Trafikljus.GRON);
    }

    @Test
    void aPrognosisOfGoalsNotReachedIsRedWhateverTheStatus() {
        assertThat(of(MalStatus.JA, Prognos.MALEN_KOMMER_INTE_NAS)).isEqualTo(Trafikljus.ROD);
        assertThat(of(MalStatus.JA, Prognos.NEJ)).isEqualTo(Trafikljus.ROD);
    }

    @Test
    void noAnswersNoLight() {
        assertThat(Trafikljusregel.of(Optional.empty(), Optional.empty())).isEqualTo(Trafikljus.INGEN);
    }

    private static Trafikljus of(MalStatus s, Prognos p) {
        return Trafikljusregel.of(Optional.of(s), Optional.of(p));
    }
}
