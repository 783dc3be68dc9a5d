package se.finsam.uppfoljning.kvartalsrapport.entity;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.testdata.Exempel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KvartalsrapportTest {

    private static Kvartalsrapport draft() {
        Insats insats = Exempel.framsteget();
        Fragebatteri set = new Fragebatteri(insats.forbund(), 2022, 3);
        set.ask("avvikelse", "Avvikelse målgrupp/metod", "Har insatsen avvikit?", Svarstyp.JA_NEJ, List.of("JA"));
        return new Kvartalsrapport(insats, new Rapportperiod(2022, 3), set);
    }

    private static void complete(Kvartalsrapport r) {
        r.answerGoal(1, MalStatus.JA, Prognos.MALEN_KOMMER_NAS, null);
        r.reportResources(false, false, false);
        r.answerQuestion("avvikelse", "NEJ", null);
    }

    @Test
    void anIncompleteReportCannotBeSubmittedAndSaysWhatIsMissing() {
        Kvartalsrapport r = draft();
        assertThatThrownBy(() -> r.submit("a", Instant.now()))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> {
                    assertThat(e.code()).isEqualTo("KVR-004");
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
                            "mal[1].status", "mal[1].prognos", "vakansSof", "vakansEgen", "budgetavvikelseInskickad",
                            "svar[avvikelse].svar");
                });
        assertThat(r.status()).isEqualTo(RapportStatus.UTKAST);
    }

    @Test
    void anAnswerThatNeedsAnExplanationNeedsOne() {
        Kvartalsrapport r = draft();
        complete(r);
        r.answerQuestion("avvikelse", "JA", null);
        assertThatThrownBy(() -> r.submit("a", Instant.now())).isInstanceOfSatisfying(UppfoljningException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("svar[avvikelse].forklaring"));
    }

    @Test
    void theWholeCycle() {
        Kvartalsrapport r = draft();
        complete(r);
        r.submit("habo.rapportor", Instant.parse("2022-10-20T10:00:00Z"));
        assertThatThrownBy(() -> r.writeMessage("x")).isInstanceOfSatisfying(UppfoljningException.class,
                e -> assertThat(e.code()).isEqualTo("KVR-001"));
        r.returnWith(Map.of(Sektion.MAL, "Förtydliga mål 1."), "kansli", Instant.now());
        assertThat(r.status()).isEqualTo(RapportStatus.RETURNERAD);
        r.writeMessage("Förtydligat.");
        r.submit("habo.rapportor", Instant.now());
        r.approve("kansli", Instant.now());
        assertThat(r.status()).isEqualTo(RapportStatus.GODKAND);
        assertThatThrownBy(() -> r.answerGoal(1, MalStatus.DELVIS, null, null)).isInstanceOf(UppfoljningException.class);
        r.unlock();
        assertThat(r.status()).isEqualTo(RapportStatus.RETURNERAD);
        assertThat(r.godkandAv()).isNull();
    }

    @Test
    void onlyASubmittedReportIsReturnedOrApprovedAndAReturnNeedsAComment() {
        Kvartalsrapport r = draft();
        assertThatThrownBy(() -> r.approve("kansli", Instant.now())).isInstanceOfSatisfying(UppfoljningException.class,
                e -> assertThat(e.code()).isEqualTo("KVR-005"));
        complete(r);
        r.submit("a", Instant.now());
        assertThatThrownBy(() -> r.returnWith(Map.of(Sektion.OVRIGT, " "), "kansli", Instant.now()))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("KVR-009"));
    }

    @Test
    void lateMeansAfterTheDeadlineInSwedishTime() {
        Kvartalsrapport r = draft();
        complete(r);
        LocalDate frist = LocalDate.of(2022, 10, 31);
        assertThat(r.isLate(frist, LocalDate.of(2022, 10, 31))).isFalse();
        assertThat(r.isLate(frist, LocalDate.of(2022, 11, 1))).isTrue();
        // 23:30 UTC on 31 October is already 1 November in Sweden
        r.submit("a", Instant.parse("2022-10-31T23:30:00Z"));
        assertThat(r.isLate(frist, LocalDate.of(2023, 1, 1))).isTrue();
    }

    @Test
    void theWorstGoalDecidesTheInsatsStanding() {
        Kvartalsrapport r = draft();
        r.insats().defineGoal(2, "Mål två", null);
        r.includeNewGoals();
        r.answerGoal(1, MalStatus.JA, Prognos.MALEN_KOMMER_NAS, null);
        r.answerGoal(2, MalStatus.DELVIS, Prognos.MALEN_KOMMER_INTE_NAS_FULLT_UT, null);
        assertThat(r.samladStatus()).contains(MalStatus.DELVIS);
        assertThat(r.samladPrognos()).contains(Prognos.MALEN_KOMMER_INTE_NAS_FULLT_UT);
    }

    @Test
    void textsOverTheLimitAreRefusedWithTheField() {
        Kvartalsrapport r = draft();
        assertThatThrownBy(() -> r.writeMessage("x".repeat(4001))).isInstanceOfSatisfying(UppfoljningException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("meddelande"));
    }
}
