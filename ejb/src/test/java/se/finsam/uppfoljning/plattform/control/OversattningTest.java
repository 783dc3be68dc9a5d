package se.finsam.uppfoljning.plattform.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.avvikelse.AvvikelseFel;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase bundles and a few real translations. Every catalogue entry's English is checked in
 * FelkoderTest (web), which finds the catalogues by scanning.
 */
class OversattningTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Pattern PLATS = Pattern.compile("\\{\\d+}");
    /** Swedish names the English keeps on purpose (docs/glossary.md). */
    static final List<String> SVENSKA_NAMN = List.of("samordningsförbund");

    @Test
    void bothPhraseBundlesHaveTheSameKeysAndPlaces() throws IOException {
        Properties sv = fraser("sv");
        Properties en = fraser("en");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(sv.stringPropertyNames());
        for (String key : sv.stringPropertyNames()) {
            assertThat(platser(en.getProperty(key))).as(key).isEqualTo(platser(sv.getProperty(key)));
        }
    }

    @Test
    void theEnglishPhrasesAreEnglish() throws IOException {
        Properties en = fraser("en");
        for (String key : en.stringPropertyNames()) {
            assertThat(utanSvenskaNamn(en.getProperty(key))).as(key).doesNotContainPattern("[åäöÅÄÖ]");
        }
    }

    @Test
    void aCatalogueEntryWithItsArguments() {
        Oversattning.kand(InsatsFel.INTE_PARTNER);
        assertThat(Oversattning.text(InsatsFel.INTE_PARTNER.message("habo"), "INS-011", Locale.ENGLISH))
                .isEqualTo("habo is not a partner in the coordination association.");
    }

    @Test
    void anArgumentThatIsAPhraseIsTranslatedToo() {
        String sv = DeltagareFel.SUMMA_STAMMER_INTE.message("Pågående vid periodens start", 5, 6);
        assertThat(Oversattning.text(sv, "DEL-010", Locale.ENGLISH))
                .isEqualTo("Ongoing at the start of the period: women + men (5) does not equal the total given (6).");
        Oversattning.kand(KvartalsrapportFel.FEL_STATUS);
        assertThat(Oversattning.text("Bara en inskickad rapport kan godkännas. Rapporten är utkast.", "KVR-005", Locale.ENGLISH))
                .isEqualTo("Only a submitted report can be approved. The report is a draft.");
        assertThat(Oversattning.text("Fältet \"namn\" finns inte i PM:ets datakälla för layouten pm-tabell-1. Fälten som finns: inga.",
                null, Locale.ENGLISH))
                .isEqualTo("The field \"namn\" does not exist in the PM's data source for the layout pm-tabell-1. The fields that exist: none.");
    }

    /** A part with places of its own (a period, a decision) is translated inside the message, never as one. */
    @Test
    void aPartWithPlacesOfItsOwn() {
        Oversattning.kand(AvvikelseFel.REDAN_BESLUTAD);
        assertThat(Oversattning.text(AvvikelseFel.REDAN_BESLUTAD.message("delvis godkänd 2024-03-01"), "AVV-101", Locale.ENGLISH))
                .startsWith("The deviation report has already been decided (partly approved 2024-03-01).");
        assertThat(Oversattning.falt("2024 kvartal 3", null, Locale.ENGLISH)).as("a part alone is not a message")
                .isEqualTo("2024 kvartal 3");
    }

    @Test
    void aFieldMessageOfTheJsonDecoder() {
        assertThat(Oversattning.text("Ska vara ett heltal.", null, Locale.ENGLISH)).isEqualTo("Must be a whole number.");
        assertThat(Oversattning.text("Ska vara ett av [JA, NEJ].", null, Locale.ENGLISH)).isEqualTo("Must be one of [JA, NEJ].");
    }

    /** A message the code puts together ("... mål " + n + ".") is read back by its template. */
    @Test
    void aMessageBuiltByConcatenation() {
        assertThat(Oversattning.text("Ange om insatsen ligger i fas med mål 2.", null, Locale.ENGLISH))
                .isEqualTo("State whether the insats is on track with goal 2.");
        assertThat(Oversattning.text("Besvara frågan \"Har ni en handlingsplan?\".", null, Locale.ENGLISH))
                .isEqualTo("Answer the question \"Har ni en handlingsplan?\".");
        assertThat(Oversattning.text("Rapporten för habo-framsteget 2024 kvartal 3 förekommer flera gånger.", null, Locale.ENGLISH))
                .isEqualTo("The report for habo-framsteget 2024 quarter 3 appears more than once.");
        assertThat(Oversattning.text("Året ligger utanför 2000–2100.", null, Locale.ENGLISH)).isEqualTo("The year is outside 2000-2100.");
    }

    @Test
    void aCaseSpecificWordingWithoutAPhraseFallsBackOnItsEntry() {
        Oversattning.kand(KvartalsrapportFel.LAST);
        assertThat(Oversattning.text("Rapporten är låst av en helt ny anledning.", "KVR-001", Locale.ENGLISH))
                .isEqualTo("The report has been submitted or approved and cannot be changed now.");
    }

    @Test
    void anUnknownTextStaysSwedish() {
        assertThat(Oversattning.text("Något som ingen mall känner till.", null, Locale.ENGLISH))
                .isEqualTo("Något som ingen mall känner till.");
    }

    @Test
    void swedishIsLeftAsItIs() {
        String sv = InsatsFel.INTE_PARTNER.message("habo");
        assertThat(Oversattning.text(sv, "INS-011", SV)).isSameAs(sv);
        assertThat(Oversattning.text("Ska vara ett heltal.", null, SV)).isEqualTo("Ska vara ett heltal.");
    }

    static String utanSvenskaNamn(String text) {
        String t = text;
        for (String namn : SVENSKA_NAMN) {
            t = t.replace(namn, "");
        }
        return t;
    }

    /** The {n} places of a template, in order of number (a template may use them in any order). */
    private static List<String> platser(String text) {
        return PLATS.matcher(text).results().map(MatchResult::group).sorted().toList();
    }

    private static Properties fraser(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Oversattning.class.getResourceAsStream("/se/finsam/uppfoljning/plattform/Fraser_" + lang + ".properties")) {
            assertThat(in).as("Fraser_" + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
