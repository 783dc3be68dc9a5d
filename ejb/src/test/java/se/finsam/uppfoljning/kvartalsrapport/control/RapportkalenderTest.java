package se.finsam.uppfoljning.kvartalsrapport.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class RapportkalenderTest {

    // the förbund's rule: due one month after the quarter ends
    private static final Function<Rapportperiod, LocalDate> FRIST = p -> p.frist(1);

    private static Rapportperiod p(int ar, int kvartal) {
        return new Rapportperiod(ar, kvartal);
    }

    @Test
    void theLatestPassedDeadlineIsTheQuarterBeforeLastUntilLastQuartersDeadlineHasPassed() {
        // 2022 Q3 is due 31 October 2022
        assertThat(Rapportkalender.senasteUtgangnaFrist(LocalDate.of(2022, 10, 31), FRIST)).isEqualTo(p(2022, 2));
        assertThat(Rapportkalender.senasteUtgangnaFrist(LocalDate.of(2022, 11, 1), FRIST)).isEqualTo(p(2022, 3));
        assertThat(Rapportkalender.senasteUtgangnaFrist(LocalDate.of(2023, 1, 15), FRIST)).isEqualTo(p(2022, 3));
        assertThat(Rapportkalender.senasteUtgangnaFrist(LocalDate.of(2023, 2, 1), FRIST)).isEqualTo(p(2022, 4));
    }

    @Test
    void theOverviewOpensOnTheLatestQuarterPastItsDeadlineThatHasReports() {
        // the demo data: the 2022 PMs' reports for Q2 and Q4, looked at years later
        List<Rapportperiod> demo = List.of(p(2022, 2), p(2022, 4));
        assertThat(Rapportkalender.oversiktskvartal(LocalDate.of(2026, 11, 27), FRIST, demo)).isEqualTo(p(2022, 4));
        // before Q4's deadline the Q2 round is the latest one past its deadline
        assertThat(Rapportkalender.oversiktskvartal(LocalDate.of(2023, 1, 20), FRIST, demo)).isEqualTo(p(2022, 2));
    }

    @Test
    void aRoundStillOpenDoesNotTakeTheOverview() {
        List<Rapportperiod> reports = List.of(p(2024, 2), p(2024, 3));
        assertThat(Rapportkalender.oversiktskvartal(LocalDate.of(2024, 10, 15), FRIST, reports)).isEqualTo(p(2024, 2));
        assertThat(Rapportkalender.oversiktskvartal(LocalDate.of(2024, 11, 1), FRIST, reports)).isEqualTo(p(2024, 3));
    }

    @Test
    void withoutReportsTheOverviewOpensOnTheLatestPassedDeadline() {
        assertThat(Rapportkalender.oversiktskvartal(LocalDate.of(2024, 11, 1), FRIST, List.of())).isEqualTo(p(2024, 3));
    }

    @Test
    void everyBegunQuarterOfTheInsatsCanBeOpened() {
        // Jobbcentrum: 2022-01-01 to 2024-12-31 after its extension
        List<Rapportperiod> all = Rapportkalender.paborjade(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2026, 11, 27));
        assertThat(all).hasSize(12).startsWith(p(2022, 1), p(2022, 2), p(2022, 3), p(2022, 4)).endsWith(p(2024, 4));
        // an insats still running: up to the quarter under way
        assertThat(Rapportkalender.paborjade(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2024, 8, 5)))
                .containsExactly(p(2024, 1), p(2024, 2), p(2024, 3));
    }

    @Test
    void reportsAreOwedForEndedQuartersFromTheFirstReportedOne() {
        Rapportperiod forsta = p(2022, 2);
        assertThat(Rapportkalender.skyldiga(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30), forsta, LocalDate.of(2026, 11, 27)))
                .containsExactly(p(2022, 2), p(2022, 3), p(2022, 4), p(2023, 1), p(2023, 2));
        // the quarter under way is not owed yet
        assertThat(Rapportkalender.skyldiga(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), forsta, LocalDate.of(2023, 2, 10)))
                .containsExactly(p(2022, 2), p(2022, 3), p(2022, 4));
        // an insats that ended before the förbund started reporting in Uppföljning owes nothing
        assertThat(Rapportkalender.skyldiga(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), forsta, LocalDate.of(2026, 11, 27)))
                .isEmpty();
    }
}
