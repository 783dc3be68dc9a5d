package se.finsam.uppfoljning.insats.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.insats.boundary.Avslutsbeslut;
import se.finsam.uppfoljning.insats.boundary.InsatsInput;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InsatsavkodningTest {

    private static InsatsInput insats(String namn, LocalDate start, LocalDate slut, List<InsatsInput.Mal> mal) {
        return new InsatsInput(null, namn, "Kort", null, InsatsTyp.INDIVIDINSATS, "habo", List.of("tierp"), start, slut,
                null, mal, List.of(new InsatsInput.Ledamot("Eva", "habo")), List.of("habo.rapportor"));
    }

    private static UppfoljningException refusal(InsatsInput in, boolean andring) {
        return catchThrowableOfType(() -> Insatsavkodning.check(in, andring), UppfoljningException.class);
    }

    @Test
    void aCompleteInsatsPasses() {
        assertThatCode(() -> Insatsavkodning.check(insats("Namn", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                List.of(new InsatsInput.Mal(null, "Mål", "40"))), false)).doesNotThrowAnyException();
    }

    @Test
    void eachRuleHasItsCode() {
        LocalDate start = LocalDate.of(2022, 1, 1);
        assertThat(refusal(insats("N", start, start.minusDays(1), List.of()), false).code()).isEqualTo("INS-007");
        assertThat(refusal(insats("N", start, start, List.of(new InsatsInput.Mal(1, " ", null))), false).code()).isEqualTo("INS-009");
        assertThat(refusal(insats("N", LocalDate.of(1999, 12, 31), start, List.of()), false).code()).isEqualTo("INS-008");
        assertThat(refusal(insats("", start, start, List.of()), false).code()).isEqualTo("INS-006");
        assertThat(refusal(insats("N", start, start, List.of()), true).fieldErrors()).extracting(f -> f.field()).containsExactly("version");
    }

    @Test
    void severalRulesAreAnsweredTogether() {
        UppfoljningException e = refusal(insats(" ", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1),
                List.of(new InsatsInput.Mal(null, null, null))), false);
        assertThat(e.code()).isEqualTo("INS-010");
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("namn", "slut", "mal[0].beskrivning");
    }

    @Test
    void aClosingDateOutsideTheYearsIsRefused() {
        UppfoljningException e = catchThrowableOfType(() -> Insatsavkodning.check(new Avslutsbeslut(1L, LocalDate.of(2101, 1, 1), null)),
                UppfoljningException.class);
        assertThat(e.code()).isEqualTo("INS-008");
    }
}
