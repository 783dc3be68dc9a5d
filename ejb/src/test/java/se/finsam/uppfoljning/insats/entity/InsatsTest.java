package se.finsam.uppfoljning.insats.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static se.finsam.uppfoljning.testdata.Exempel.framsteget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsatsTest {

    @Test
    void anExtensionCountsFromItsDecision() {
        Insats i = framsteget();
        i.grantExtension(LocalDate.of(2024, 12, 31), LocalDate.of(2022, 10, 20), "Styrelsen");
        assertThat(i.slutPer(LocalDate.of(2022, 6, 30))).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(i.slutPer(LocalDate.of(2022, 12, 31))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(i.forlangdUnder(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30))).isFalse();
        assertThat(i.forlangdUnder(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 12, 31))).isTrue();
    }

    @Test
    void grantingTheSameExtensionTwiceKeepsOne() {
        Insats i = framsteget();
        i.grantExtension(LocalDate.of(2024, 12, 31), LocalDate.of(2022, 10, 20), "Styrelsen");
        i.grantExtension(LocalDate.of(2024, 12, 31), LocalDate.of(2022, 10, 20), "Styrelsen");
        assertThat(i.forlangningar()).hasSize(1);
    }

    @Test
    void ownerAndCooperatingPartnersTakePart() {
        Insats i = framsteget();
        assertThat(i.involves("habo")).isTrue();
        assertThat(i.involves("arbetsformedlingen")).isTrue();
        assertThat(i.involves("enkoping")).isFalse();
    }

    @Test
    void assignmentsAreByUserAndRole() {
        Insats i = framsteget();
        i.assign(Set.of(new Tilldelning("habo.rapportor", Tilldelning.RAPPORTOR)));
        assertThat(i.isAssigned("habo.rapportor", Tilldelning.RAPPORTOR)).isTrue();
        assertThat(i.isAssigned("habo.rapportor", Tilldelning.STYRGRUPP)).isFalse();
        assertThatThrownBy(() -> new Tilldelning("x", "kansli")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEndCannotPrecedeTheStart() {
        assertThatThrownBy(() -> framsteget().describe("x", "x", InsatsTyp.INDIVIDINSATS,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), null, 0)).hasMessage("Slutdatum ligger före startdatum.");
    }
}
