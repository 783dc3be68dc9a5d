package se.finsam.uppfoljning.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwedishFormatTest {

    private static final String NBSP = "\u00A0";

    @Test
    void groupsThousandsWithANoBreakSpace() {
        assertThat(SwedishFormat.integer(1290)).isEqualTo("1" + NBSP + "290");
        assertThat(SwedishFormat.integer(1_234_567L)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(SwedishFormat.integer(884)).isEqualTo("884");
        assertThat(SwedishFormat.integer(0)).isEqualTo("0");
    }

    @Test
    void writesNegativeNumbersWithTheMinusSign() {
        assertThat(SwedishFormat.integer(-1500)).isEqualTo("\u22121" + NBSP + "500");
    }

    @Test
    void writesPercentWithASpaceBeforeTheSign() {
        assertThat(SwedishFormat.percent(96)).isEqualTo("96" + NBSP + "%");
        assertThat(SwedishFormat.percent(101)).isEqualTo("101" + NBSP + "%");
    }

    @Test
    void roundsSharesHalfUpToWholePercent() {
        assertThat(SwedishFormat.percent(1059L, 1130L)).isEqualTo("94" + NBSP + "%");
        assertThat(SwedishFormat.percent(1L, 8L)).isEqualTo("13" + NBSP + "%"); // 12.5 → 13
        assertThat(SwedishFormat.percent(136L, 221L)).isEqualTo("62" + NBSP + "%");
    }

    @Test
    void printsADashWhereThereIsNoValue() {
        assertThat(SwedishFormat.integer((Integer) null)).isEqualTo("–");
        assertThat(SwedishFormat.integer((Long) null)).isEqualTo("–");
        assertThat(SwedishFormat.percent(null)).isEqualTo("–");
        assertThat(SwedishFormat.date(null)).isEqualTo("–");
    }

    @Test
    void aShareOfNothingIsUndefinedNotZero() {
        assertThat(SwedishFormat.percent(0L, 0L)).isEqualTo("–");
        assertThat(SwedishFormat.percent(5L, null)).isEqualTo("–");
    }

    @Test
    void writesDatesTheIsoWay() {
        assertThat(SwedishFormat.date(LocalDate.of(2031, 3, 1))).isEqualTo("2031-03-01");
    }

    @Test
    void namesTheHalfYearAsThePmDoes() {
        assertThat(SwedishFormat.halfYear(1)).isEqualTo("Kvartal 1 och 2");
        assertThat(SwedishFormat.halfYear(2)).isEqualTo("Kvartal 3 och 4");
        assertThatThrownBy(() -> SwedishFormat.halfYear(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
