package se.finsam.uppfoljning.deltagare.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Shares in whole percent, "–" where nothing can be shared, and the action-plan mean, against the seeds. */
class AndelTest {

    @Test
    void roundsHalfUpToWholePercent() {
        assertThat(Andel.procent(112, 233)).hasValue(48);
        assertThat(Andel.procent(1, 8)).hasValue(13);
        assertThat(Andel.procent(3, 9)).hasValue(33);
        assertThat(Andel.procent(136, 221)).hasValue(62);
    }

    @Test
    void threeOfTenIsThirtyPercent() {
        assertThat(Andel.text(3, 10)).isEqualTo("30 %");
    }

    @Test
    void nothingToShareIsADash() {
        assertThat(Andel.procent(0, 0)).isEmpty();
        assertThat(Andel.text(0, 0)).isEqualTo("–");
        assertThat(Andel.text(0, 5)).isEqualTo("0 %");
    }

    @Test
    void actionPlanTotalIsTheMeanOfTheInsatserThatHaveAShare() {
        assertThat(Andel.medel(Arrays.asList(100, 100, 100, 100, 78, null, 100))).hasValue(96);
        assertThat(Andel.medel(List.of(100, 100, 100, 100, 85, 96, 100))).hasValue(97);
        assertThat(Andel.medel(Arrays.asList(null, null))).isEqualTo(OptionalInt.empty());
    }
}
