package se.finsam.uppfoljning.kvartalsrapport.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class PaminnelsebrevTest {

    private static final LocalDate FRIST = LocalDate.of(2022, 10, 31);
    private static final String LANK = "https://app/uppfoljning/kvartalsrapport.xhtml?insats=7&ar=2022&kvartal=3";

    @Test
    void swedishUnlessTheRecipientChoseEnglish() {
        Paminnelsebrev.Brev sv = Paminnelsebrev.skriv(null, Paminnelseregel.FORE, 7, "Tierp, Ung framtid, 2022", 3, FRIST, LANK);
        assertThat(sv.amne()).isEqualTo("Påminnelse: kvartalsrapport för Tierp, Ung framtid, 2022 kvartal 3");
        assertThat(sv.text()).isEqualTo("Hej!\n\nKvartalsrapporten för Tierp, Ung framtid, 2022 kvartal 3 ska lämnas senast"
                + " 31 oktober 2022 (om 7 dagar).\n\nLogga in i Uppföljning för att fylla i och skicka in den:\n" + LANK
                + "\n\nVänliga hälsningar\nKansliet\n");
        assertThat(Paminnelsebrev.skriv("de", Paminnelseregel.FORE, 7, "X", 3, FRIST, LANK)).isEqualTo(
                Paminnelsebrev.skriv("sv", Paminnelseregel.FORE, 7, "X", 3, FRIST, LANK));
    }

    @Test
    void inEnglishForAnEnglishReader() {
        Paminnelsebrev.Brev en = Paminnelsebrev.skriv("en-GB", Paminnelseregel.EFTER, 7, "Tierp, Ung framtid, 2022", 3, FRIST, LANK);
        assertThat(en.amne()).isEqualTo("Overdue quarterly report: Tierp, Ung framtid, 2022 quarter 3");
        assertThat(en.text()).contains("is due by 31 October 2022 (7 days ago)", LANK);
        assertThat(en.text().replace("Uppföljning", "")).doesNotContainPattern("[åäöÅÄÖ]");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties sv = new Properties();
        Properties en = new Properties();
        sv.load(getClass().getResourceAsStream("Paminnelsebrev_sv.properties"));
        en.load(getClass().getResourceAsStream("Paminnelsebrev_en.properties"));
        assertThat(en.keySet()).isEqualTo(sv.keySet());
    }
}
