package se.finsam.uppfoljning.plattform.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RapportperiodTest {

    @Test
    void reportsAreDueOneMonthAfterTheQuarter() {
        // "Kvartalsrapporterna ska inlämnas till förbundet senast en månad efter avslutat kvartal."
        assertThat(new Rapportperiod(2022, 2).frist(1)).isEqualTo(LocalDate.of(2022, 7, 31));
        assertThat(new Rapportperiod(2022, 3).frist(1)).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(new Rapportperiod(2022, 4).frist(1)).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(new Rapportperiod(2023, 4).frist(2)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void quartersFollowEachOtherAcrossYears() {
        assertThat(new Rapportperiod(2023, 1).foregaende()).isEqualTo(new Rapportperiod(2022, 4));
        assertThat(new Rapportperiod(2022, 4).nasta()).isEqualTo(new Rapportperiod(2023, 1));
        assertThat(Rapportperiod.containing(LocalDate.of(2022, 9, 30))).isEqualTo(new Rapportperiod(2022, 3));
        assertThat(new Rapportperiod(2022, 3).forstaDag()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(new Rapportperiod(2022, 3).sistaDag()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThatThrownBy(() -> new Rapportperiod(2022, 5)).hasMessage("Kvartal måste vara 1–4.");
    }
}
