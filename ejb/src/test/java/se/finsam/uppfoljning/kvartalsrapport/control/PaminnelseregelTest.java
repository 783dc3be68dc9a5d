package se.finsam.uppfoljning.kvartalsrapport.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PaminnelseregelTest {

    private static final LocalDate FRIST = LocalDate.of(2022, 10, 31);

    @Test
    void remindsAWeekBeforeOnTheDayAndAWeekAfter() {
        assertThat(Paminnelseregel.on(LocalDate.of(2022, 10, 24), FRIST, 7)).contains(Paminnelseregel.FORE);
        assertThat(Paminnelseregel.on(FRIST, FRIST, 7)).contains(Paminnelseregel.PA_DAGEN);
        assertThat(Paminnelseregel.on(LocalDate.of(2022, 11, 7), FRIST, 7)).contains(Paminnelseregel.EFTER);
        assertThat(Paminnelseregel.on(LocalDate.of(2022, 10, 25), FRIST, 7)).isEmpty();
    }

    @Test
    void saysWhenInSwedish() {
        assertThat(Paminnelseregel.FORE.text(7)).isEqualTo("om 7 dagar");
        assertThat(Paminnelseregel.PA_DAGEN.text(7)).isEqualTo("i dag");
        assertThat(Paminnelseregel.EFTER.text(3)).isEqualTo("för 3 dagar sedan");
    }
}
