package se.finsam.uppfoljning.budget.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.Budget;
import se.finsam.uppfoljning.budget.entity.Overforing;
import se.finsam.uppfoljning.budget.entity.Rekvisition;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.testdata.Exempel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArsekonomiTest {

    private final Insats insats = Exempel.framsteget();

    @Test
    void firstHalfGetsHalfUnlessDecidedOtherwise() {
        Budget budget = new Budget(insats, 2022, Belopp.kronor(2_675_000));
        Arsekonomi e = Arsekonomi.of(2022, Optional.of(budget), List.of(), List.of());
        assertThat(e.budgetForsta()).isEqualTo(Belopp.kronor(1_337_500));
        assertThat(Tsek.of(e.budgetForsta())).isEqualTo(1338);

        budget.grant(Belopp.kronor(2_261_000), Belopp.kronor(1_130_000));
        e = Arsekonomi.of(2022, Optional.of(budget), List.of(), List.of());
        assertThat(e.budgetForsta()).isEqualTo(Belopp.kronor(1_130_000));
        assertThat(e.budgetAndra()).isEqualTo(Belopp.kronor(1_131_000));
    }

    @Test
    void onlyApprovedRekvisitionerOfTheYearAreUtfall() {
        Rekvisition q1 = approved(1, 600_000);
        Rekvisition q3 = approved(3, 400_000);
        Rekvisition q4 = new Rekvisition(insats, new Rapportperiod(2022, 4));
        q4.submit(Belopp.kronor(999_000), List.of(), null, "r", Instant.now());
        Arsekonomi e = Arsekonomi.of(2022, Optional.of(new Budget(insats, 2022, Belopp.kronor(2_000_000))),
                List.of(), List.of(q1, q3, q4));
        assertThat(e.utfallForsta()).isEqualTo(Belopp.kronor(600_000));
        assertThat(e.utfall()).isEqualTo(Belopp.kronor(1_000_000));
        assertThat(e.kvot().text()).isEqualTo("50\u00a0%");
        assertThat(e.kvotForsta().text()).isEqualTo("60\u00a0%");
    }

    @Test
    void carryOversRaiseTheNextYearAndAreNotedThere() {
        Overforing fran2021 = new Overforing(insats, 2021, null, LocalDate.of(2021, 12, 10), "ingår i budgeten");
        Overforing till2023 = new Overforing(insats, 2022, Belopp.kronor(150_000), LocalDate.of(2022, 12, 15), null);
        Budget budget = new Budget(insats, 2022, Belopp.kronor(1_000_000));
        Arsekonomi e2022 = Arsekonomi.of(2022, Optional.of(budget), List.of(fran2021, till2023), List.of());
        assertThat(e2022.budget()).isEqualTo(Belopp.kronor(1_000_000));
        assertThat(e2022.not()).contains("har medel överf från 2021");
        assertThat(e2022.overfortTillNasta()).contains(Belopp.kronor(150_000));

        Arsekonomi e2023 = Arsekonomi.of(2023, Optional.of(new Budget(insats, 2023, Belopp.kronor(800_000))),
                List.of(fran2021, till2023), List.of());
        assertThat(e2023.budget()).isEqualTo(Belopp.kronor(950_000));
        assertThat(e2023.not()).contains("har medel överf från 2022");
        assertThat(e2023.overfortTillNasta()).isEmpty();
    }

    @Test
    void withoutBudgetThereIsNoKvot() {
        Arsekonomi e = Arsekonomi.of(2022, Optional.empty(), List.of(), List.of(approved(2, 1000)));
        assertThat(e.kvot().text()).isEqualTo("–");
    }

    private Rekvisition approved(int kvartal, long kronor) {
        Rekvisition r = new Rekvisition(insats, new Rapportperiod(2022, kvartal));
        r.submit(Belopp.kronor(kronor), List.of(), null, "rapportor", Instant.now());
        r.approve("kansli", Instant.now());
        return r;
    }
}
