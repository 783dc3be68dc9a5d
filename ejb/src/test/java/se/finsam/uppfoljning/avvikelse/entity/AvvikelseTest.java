package se.finsam.uppfoljning.avvikelse.entity;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.testdata.Exempel;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvvikelseTest {

    private static final Instant NU = Instant.parse("2022-12-15T11:00:00Z");
    private static final LocalDate BESLUTSDAG = LocalDate.of(2022, 12, 15);

    private static Avvikelse budget(long begartKronor) {
        return new Avvikelse(Exempel.framsteget(), AvvikelseTyp.BUDGET, "Vakans.", 2022, Belopp.kronor(begartKronor),
                LocalDate.of(2022, 10, 1), "region.styrgrupp", NU);
    }

    @Test
    void aFullApprovalMovesWhatWasAskedAPartialOneItsAmountARejectionNothing() {
        assertThat(budget(150_000).decide(BeslutUtfall.GODKAND, null, "Ja.", BESLUTSDAG, null, "fc", NU).belopp())
                .contains(Belopp.kronor(150_000));
        assertThat(budget(150_000).decide(BeslutUtfall.DELVIS_GODKAND, Belopp.kronor(100_000), "Delvis.", BESLUTSDAG, null, "fc", NU)
                .belopp()).contains(Belopp.kronor(100_000));
        assertThat(budget(150_000).decide(BeslutUtfall.AVSLAGEN, null, "Nej.", BESLUTSDAG, null, "fc", NU).belopp()).isEmpty();
    }

    @Test
    void aDecisionIsNeverReplacedExceptByACorrectionOfTheOneInForce() {
        Avvikelse a = budget(150_000);
        AvvikelseBeslut forsta = a.decide(BeslutUtfall.GODKAND, null, "Ja.", BESLUTSDAG, null, "fc", NU);
        assertThatThrownBy(() -> a.decide(BeslutUtfall.AVSLAGEN, null, "Nej.", BESLUTSDAG, null, "fc", NU))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("AVV-101"));
        AvvikelseBeslut rattelse = a.decide(BeslutUtfall.AVSLAGEN, null, "Rättat.", BESLUTSDAG, forsta, "fc", NU);
        assertThat(a.gallandeBeslut()).contains(rattelse);
        assertThat(a.beslut()).containsExactly(forsta, rattelse);
        assertThat(rattelse.ersatter()).contains(forsta);
        assertThatThrownBy(() -> a.decide(BeslutUtfall.GODKAND, null, "Igen.", BESLUTSDAG, forsta, "fc", NU))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("AVV-102"));
        assertThatThrownBy(() -> budget(1).decide(BeslutUtfall.GODKAND, null, "x", BESLUTSDAG, forsta, "fc", NU))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("AVV-103"));
    }

    @Test
    void onlyABudgetDeviationHasAYearAndAnAmount() {
        assertThatThrownBy(() -> new Avvikelse(Exempel.framsteget(), AvvikelseTyp.METOD, "x", 2022, null, LocalDate.of(2022, 1, 1), "u", NU))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Avvikelse(Exempel.framsteget(), AvvikelseTyp.BUDGET, "x", null, null, LocalDate.of(2022, 1, 1), "u", NU))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
