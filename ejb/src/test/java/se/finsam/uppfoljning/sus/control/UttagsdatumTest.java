package se.finsam.uppfoljning.sus.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UttagsdatumTest {

    @Test
    void blankIsNoDate() {
        assertThat(Uttagsdatum.tolka(null)).isNull();
        assertThat(Uttagsdatum.tolka("  ")).isNull();
    }

    @Test
    void anIsoDateWithBlanksAroundIsRead() {
        assertThat(Uttagsdatum.tolka(" 2024-01-15 ")).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void anythingElseIsRefusedOnTheField() {
        UppfoljningException e = catchThrowableOfType(UppfoljningException.class, () -> Uttagsdatum.tolka("15/1 2024"));
        assertThat(e.code()).isEqualTo("DEL-135");
        assertThat(e.kind().status()).isEqualTo(400);
        assertThat(e.fieldErrors()).extracting(UppfoljningException.FieldError::field).containsExactly("uttagsdatum");
    }
}
