package se.finsam.uppfoljning.budget.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.entity.Belopp;

import static org.assertj.core.api.Assertions.assertThat;

class TsekTest {

    @Test
    void roundsHalfUpToWholeThousands() {
        assertThat(Tsek.of(Belopp.kronor(1_337_500))).isEqualTo(1338);
        assertThat(Tsek.of(Belopp.kronor(1_337_499))).isEqualTo(1337);
        assertThat(Tsek.of(new Belopp(133_749_999))).isEqualTo(1337);
        assertThat(Tsek.of(Belopp.kronor(499))).isZero();
        assertThat(Tsek.of(Belopp.NOLL)).isZero();
    }
}
