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
        assertThatThrownBy(() -> framsteget().describe("x", InsatsTyp.INDIVIDINSATS,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), null, 0)).hasMessage("Slutdatum ligger före startdatum.");
    }

    @Test
    void aRenameLeavesTheNamesOfTheHalfYearsBefore() {
        Insats i = framsteget();
        i.rename("Framsteget", LocalDate.of(2023, 1, 1));
        assertThat(i.kortnamn()).isEqualTo("Framsteget");
        assertThat(i.kortnamnPer(LocalDate.of(2022, 12, 31))).isEqualTo("Håbo, Framsteget 2.0");
        assertThat(i.kortnamnPer(LocalDate.of(2023, 6, 30))).isEqualTo("Framsteget");
        // renaming back from the same half-year replaces that half-year's name; the one before stays
        i.rename("Framsteget 3.0", LocalDate.of(2023, 1, 1));
        assertThat(i.kortnamnHistorik()).extracting(Kortnamn::kortnamn).containsExactly("Håbo, Framsteget 2.0", "Framsteget 3.0");
        // the same name again changes nothing
        i.rename("Framsteget 3.0", LocalDate.of(2023, 7, 1));
        assertThat(i.kortnamnHistorik()).hasSize(2);
        // the 2022 package imported again: its name is the one in force then, the later rename stays
        i.rename("Håbo, Framsteget 2.0", LocalDate.of(2022, 7, 1));
        assertThat(i.kortnamn()).isEqualTo("Framsteget 3.0");
        assertThat(i.kortnamnHistorik()).hasSize(2);
    }

    @Test
    void anEndDecidedEarlierIsInForceFromItsDecision() {
        Insats i = framsteget();
        i.endEarly(LocalDate.of(2022, 9, 30), LocalDate.of(2022, 8, 15));
        assertThat(i.status()).isEqualTo(InsatsStatus.AVSLUTAD);
        assertThat(i.slutPer(LocalDate.of(2022, 6, 30))).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(i.slutPer(LocalDate.of(2022, 12, 31))).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(i.snapshot()).containsEntry("status", "AVSLUTAD").containsEntry("avslut", "2022-09-30, beslutat 2022-08-15");
    }
}
