package se.finsam.uppfoljning.budget.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BokslutTest {

    @Test
    void aYearClosesOnTheFirstOfAprilOfTheNextYear() {
        assertThat(Bokslut.stangs(2022)).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(Bokslut.isStangt(2022, LocalDate.of(2023, 1, 20))).as("the fourth quarter's claim in January").isFalse();
        assertThat(Bokslut.isStangt(2022, LocalDate.of(2023, 3, 31))).isFalse();
        assertThat(Bokslut.isStangt(2022, LocalDate.of(2023, 4, 1))).isTrue();
        assertThat(Bokslut.isStangt(2023, LocalDate.of(2023, 4, 1))).isFalse();
    }
}
