package se.finsam.uppfoljning.plattform.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class StampelTest {

    private static final Instant NAR = Instant.parse("2022-07-14T08:30:00Z");

    @Test
    void keepsWhoAndTheInstant() {
        Stampel s = Stampel.av("kansli", NAR);
        assertThat(s.vem()).isEqualTo("kansli");
        assertThat(s.nar()).isEqualTo(NAR);
    }

    @Test
    void aStampNeedsBothWhoAndWhen() {
        assertThatNullPointerException().isThrownBy(() -> Stampel.av(null, NAR)).withMessage("Vem saknas.");
        assertThatNullPointerException().isThrownBy(() -> Stampel.av("kansli", null)).withMessage("När saknas.");
    }

    @Test
    void twoStampsOfTheSamePersonAndInstantAreEqual() {
        assertThat(Stampel.av("kansli", NAR)).isEqualTo(Stampel.av("kansli", NAR)).hasSameHashCodeAs(Stampel.av("kansli", NAR));
        assertThat(Stampel.av("kansli", NAR)).isNotEqualTo(Stampel.av("styrelse", NAR))
                .isNotEqualTo(Stampel.av("kansli", NAR.plusSeconds(1)));
    }
}
