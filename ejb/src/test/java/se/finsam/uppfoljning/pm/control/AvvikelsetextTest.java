package se.finsam.uppfoljning.pm.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PM's "Avvikelse mål/målgrupp" text from the deviation reports that came in (invented insatser). */
class AvvikelsetextTest {

    @Test
    void noReportGivesTheSeedsSentence() {
        assertThat(Avvikelsetext.text(List.of())).isEqualTo(Avvikelsetext.RUBRIK
                + "\n\nIngen insats har under aktuell period lämnat in avvikelse gällande mål eller målgrupp.");
    }

    @Test
    void eachInsatsGetsAParagraphWithItsReportsInOrder() {
        String text = Avvikelsetext.text(List.of(
                new Avvikelsetext.Inkommen("Norrby, Arbetsbron", "Antal deltagare", "Insatsen når inte sitt antal deltagare"),
                new Avvikelsetext.Inkommen("Söderå, Steg för steg", "Målgrupp", "Fler unga än väntat."),
                new Avvikelsetext.Inkommen("Norrby, Arbetsbron", "Metod", null)));
        assertThat(text).isEqualTo(Avvikelsetext.RUBRIK + "\n\n"
                + "Norrby, Arbetsbron har lämnat in två avvikelser. Den gäller antal deltagare: Insatsen når inte sitt antal "
                + "deltagare. Den gäller metod.\n\n"
                + "Söderå, Steg för steg har lämnat in en avvikelse. Den gäller målgrupp: Fler unga än väntat.");
    }
}
