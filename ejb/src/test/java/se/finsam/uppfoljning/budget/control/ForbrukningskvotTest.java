package se.finsam.uppfoljning.budget.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.uppfoljning.budget.entity.Belopp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of table 4 "Prognos och utfall budget" of both 2022 PMs: the kvot computed from the
 * printed utfall and budget (TSEK, taken as whole thousands of kronor) is the printed kvot.
 */
class ForbrukningskvotTest {

    // Both PMs' tabell 4, one row per insats: insats | utfall TSEK | budget TSEK | förbr kvot of PM kvartal 1 och 2 2022
    // (which PM kvartal 3 och 4 repeats as its Q1–Q2 columns) | ack utfall | ack budget | förbr kvot of PM kvartal 3 och 4.
    @ParameterizedTest(name = "{0}: H1 {1}/{2} = {3}%, ack {4}/{5} = {6}%")
    @CsvSource(delimiter = '|', value = {
            "Enköping Jobbcentrum|1290|1338|96|2489|2675|93",
            "Heby Plattform för individstöd|1059|1130|94|2169|2261|96",
            "Håbo Framsteget 2.0|1474|1799|82|2988|3598|83",
            "Knivsta En väg in|884|983|90|1647|1965|84",
            "Tierp Ung Framtid|1116|1402|80|2670|2804|95",
            "Region Uppsala RegExPro|663|767|86|1238|1534|81",
            "Uppsala Lokussamordnare|178|180|99|336|360|93",
            "Uppsala Arbetslivsintro|697|1688|41|1746|3375|52",
            "Uppsala Digital plattform|342|622|55|636|1245|51",
            "Älvkarleby Lokussamordnare|84|79|106|152|158|96",
            "Östhammar Bryggan|783|890|88|1805|1780|101"})
    void firstHalfYearAndWholeYear(String insats, long utfallH1, long budgetH1, int kvotH1, long utfallAr, long budgetAr,
                                   int kvotAr) {
        assertThat(kvot(utfallH1, budgetH1)).as("Q1–Q2 2022").isEqualTo(kvotH1);
        assertThat(kvot(utfallAr, budgetAr)).as("ack 2022").isEqualTo(kvotAr);
    }

    @Test
    void roundsHalfUpToAWholePercent() {
        assertThat(Forbrukningskvot.of(new Belopp(545), new Belopp(1000)).procent()).contains(55);
        assertThat(Forbrukningskvot.of(new Belopp(5449), new Belopp(10000)).procent()).contains(54);
        assertThat(Forbrukningskvot.of(new Belopp(1), new Belopp(200)).procent()).contains(1);
    }

    @Test
    void noBudgetHasNoKvot() {
        assertThat(Forbrukningskvot.of(Belopp.kronor(5000), Belopp.NOLL).text()).isEqualTo("–");
        assertThat(Forbrukningskvot.of(Belopp.NOLL, Belopp.NOLL).procent()).isEmpty();
    }

    @Test
    void printsInSwedishWithANonBreakingSpaceWhereTheSeedsPrint96Percent() {
        assertThat(Forbrukningskvot.of(Belopp.kronor(1_290_000), Belopp.kronor(1_338_000)).text()).isEqualTo("96\u00a0%");
    }

    private static int kvot(long utfallTsek, long budgetTsek) {
        return Forbrukningskvot.of(Belopp.kronor(utfallTsek * 1000), Belopp.kronor(budgetTsek * 1000)).procent().orElseThrow();
    }
}
