package se.finsam.uppfoljning.budget.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeloppTest {

    @Test
    void readsWhatPeopleType() {
        assertThat(Belopp.parse("1 234 567")).isEqualTo(Belopp.kronor(1_234_567));
        assertThat(Belopp.parse("125000,50")).isEqualTo(new Belopp(12_500_050));
        assertThat(Belopp.parse("125000.5")).isEqualTo(new Belopp(12_500_050));
        assertThat(Belopp.parse("-5").isNegative()).isTrue();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Belopp.parse("tusen")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Belopp.parse("12,345")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("två decimaler");
        assertThatThrownBy(() -> Belopp.kronor(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halvesExactlyWithTheOddOreInTheFirstHalf() {
        Belopp ar = new Belopp(3);
        assertThat(ar.halva()).isEqualTo(new Belopp(2));
        assertThat(ar.minus(ar.halva())).isEqualTo(new Belopp(1));
        assertThat(Belopp.kronor(2_675_000).halva()).isEqualTo(Belopp.kronor(1_337_500));
    }

    @Test
    void printsKronorWithOre() {
        assertThat(Belopp.kronor(1_130_400)).hasToString("1130400.00");
        assertThat(new Belopp(5)).hasToString("0.05");
    }
}
