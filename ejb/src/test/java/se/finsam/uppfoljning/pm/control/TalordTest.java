package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TalordTest {

    @Test
    void wordsUpToTenDigitsAbove() {
        assertThat(Talord.tal(0)).isEqualTo("noll");
        assertThat(Talord.tal(1)).isEqualTo("en");
        assertThat(Talord.tal(4)).isEqualTo("fyra");
        assertThat(Talord.tal(7)).isEqualTo("sju");
        assertThat(Talord.tal(10)).isEqualTo("tio");
        assertThat(Talord.tal(11)).isEqualTo("11");
        assertThat(Talord.tal(454)).isEqualTo("454");
        assertThatThrownBy(() -> Talord.tal(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWithTheirNoun() {
        assertThat(Talord.antal(0, "insats", "insatser")).isEqualTo("ingen insats");
        assertThat(Talord.antal(1, "insats", "insatser")).isEqualTo("en insats");
        assertThat(Talord.antal(3, "insats", "insatser")).isEqualTo("tre insatser");
        assertThat(Talord.antal(12, "insats", "insatser")).isEqualTo("12 insatser");
        assertThat(Talord.versal("ingen insats")).isEqualTo("Ingen insats");
    }

    private static List<Sammanfattning.Slag> slag(int individ, int struktur, int kompetens) {
        return List.of(new Sammanfattning.Slag("individinsats", "individinsatser", individ),
                new Sammanfattning.Slag("strukturinsats", "strukturinsatser", struktur),
                new Sammanfattning.Slag("kompetenshöjande insats", "kompetenshöjande insatser", kompetens));
    }

    @Test
    void firstHalfOfTheSeedsYear() {
        // The sentence of the PM for kvartal 1 och 2 2022, word for word
        assertThat(Sammanfattning.text(new Halvar(2022, 1), slag(7, 4, 0), List.of())).isEqualTo(
                "Under första halvåret 2022 har 11 finansierade insatser varit i gång. Av de 11 finansierade insatser "
                        + "är sju individinsatser och fyra är strukturinsatser. Ingen insats har avslutats.");
    }

    @Test
    void oneClosedAtTheYearsEnd() {
        assertThat(Sammanfattning.text(new Halvar(2022, 2), slag(7, 4, 0), List.of(LocalDate.of(2022, 12, 31))))
                .endsWith("En insats har avslutats vid årsskiftet.");
        assertThat(Sammanfattning.text(new Halvar(2022, 2), slag(7, 4, 0), List.of(LocalDate.of(2022, 9, 30))))
                .endsWith("En insats har avslutats.");
        assertThat(Sammanfattning.text(new Halvar(2031, 1), slag(3, 1, 1),
                List.of(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 6, 30))))
                .isEqualTo("Under första halvåret 2031 har fem finansierade insatser varit i gång. Av de fem finansierade "
                        + "insatser är tre individinsatser, en är strukturinsats och en är kompetenshöjande insats. "
                        + "Två insatser har avslutats.");
    }

    @Test
    void fewInsatser() {
        assertThat(Sammanfattning.text(new Halvar(2031, 2), slag(0, 0, 0), List.of()))
                .isEqualTo("Under andra halvåret 2031 har inga finansierade insatser varit i gång.");
        assertThat(Sammanfattning.text(new Halvar(2031, 2), slag(1, 0, 0), List.of()))
                .isEqualTo("Under andra halvåret 2031 har en finansierad insats varit i gång. Ingen insats har avslutats.");
        assertThat(Sammanfattning.text(new Halvar(2031, 2), slag(0, 12, 0), List.of()))
                .isEqualTo("Under andra halvåret 2031 har 12 finansierade insatser varit i gång. Av de 12 finansierade "
                        + "insatser är alla strukturinsatser. Ingen insats har avslutats.");
    }
}
