package se.finsam.uppfoljning.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue check: a layout may print only what the PM's data source offers, and a field or
 * parameter that does not exist is refused with its name and the line it is on.
 */
class LayoutValidationTest {

    private static final PmRenderer RENDERER = new PmRenderer();
    private static final LayoutKontroll KONTROLL = new LayoutKontroll(RENDERER);

    @Test
    void aFieldThatTheDataSourceDoesNotOfferIsRefusedWithItsNameAndLine() {
        String standard = Layouter.standard("pm-tabell-5");
        // the first answer column prints a field the PM has never had
        String andrad = standard.replaceFirst("\\$F\\{svar1}", "\\$F{svar1} + \\$F{deltagarantal}");
        int rad = radMed(andrad, "$F{deltagarantal}");

        Granskning g = KONTROLL.granska("pm-tabell-5", Layouter.bytes(andrad));

        assertThat(g.godkand()).isFalse();
        assertThat(g.fynd()).singleElement().satisfies(f -> {
            assertThat(f.typ()).isEqualTo(Fynd.Typ.OKANT_NAMN);
            assertThat(f.rad()).isEqualTo(rad);
            assertThat(f.meddelande()).contains("\"deltagarantal\"").contains("pm-tabell-5").contains("svar10");
            assertThat(f.text()).startsWith("Rad " + rad + ": Fältet \"deltagarantal\" finns inte");
        });
    }

    @Test
    void aDeclaredFieldAndAParameterThatDoNotExistAreRefusedOnTheirLines() {
        String andrad = Layouter.standard("pm-tabell-5")
                .replace("<field name=\"namn\" class=\"java.lang.String\"/>",
                        "<field name=\"namn\" class=\"java.lang.String\"/>\n\t<field name=\"budget\" class=\"java.lang.Integer\"/>")
                .replace("<parameter name=\"FRAGA_1\" class=\"java.lang.String\"/>",
                        "<parameter name=\"FRAGA_1\" class=\"java.lang.String\"/>\n\t<parameter name=\"LOGGA\" class=\"java.lang.String\"/>");

        List<Fynd> fynd = KONTROLL.granska("pm-tabell-5", Layouter.bytes(andrad)).fynd();

        assertThat(fynd).extracting(Fynd::rad, f -> f.meddelande().substring(0, f.meddelande().indexOf(" finns")))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(radMed(andrad, "\"budget\""), "Fältet \"budget\""),
                        org.assertj.core.groups.Tuple.tuple(radMed(andrad, "\"LOGGA\""), "Parametern \"LOGGA\""));
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() {
        String andrad = Layouter.standard("pm-tabell-5").replace("<field name=\"svar1\" class=\"java.lang.String\"/>",
                "<field name=\"svar1\" class=\"java.lang.Integer\"/>");
        assertThat(KONTROLL.granska("pm-tabell-5", Layouter.bytes(andrad)).fynd())
                .singleElement().satisfies(f -> assertThat(f.meddelande()).contains("svar1").contains("java.lang.String"));
    }

    @Test
    void everyLayoutOfTheBuildPassesTheCheck() {
        for (String namn : KONTROLL.katalog().namn()) {
            Granskning g = KONTROLL.granska(namn, Layouter.bytes(Layouter.standard(namn)));
            assertThat(g.fynd()).as(namn).isEmpty();
        }
    }

    @Test
    void anUnknownLayoutNameIsRefused() {
        assertThat(KONTROLL.granska("pm-tabell-99", Layouter.bytes(Layouter.standard("pm-tabell-5"))).fynd())
                .singleElement().satisfies(f -> assertThat(f.meddelande()).contains("pm-tabell-99").contains("pm-tabell-5"));
    }

    @Test
    void theCatalogueDescribesEveryFieldAndParameter() {
        PmKatalog.Layoutkatalog tabell5 = KONTROLL.katalog().av("pm-tabell-5").orElseThrow();
        assertThat(tabell5.falt("svar3")).hasValueSatisfying(p -> {
            assertThat(p.typ()).isEqualTo("java.lang.String");
            assertThat(p.beskrivning()).contains("fråga 3");
        });
        assertThat(KONTROLL.katalog().av("pm").orElseThrow().underrapporter())
                .anySatisfy(u -> assertThat(u.layout()).isEqualTo("pm-tabell-5"));
        for (PmKatalog.Layoutkatalog k : KONTROLL.katalog().layouter()) {
            assertThat(k.falt()).as(k.namn()).allSatisfy(p -> assertThat(p.beskrivning()).isNotBlank());
            assertThat(k.parametrar()).as(k.namn()).allSatisfy(p -> assertThat(p.beskrivning()).isNotBlank());
        }
    }

    private static int radMed(String text, String sokt) {
        String[] rader = text.split("\n", -1);
        for (int i = 0; i < rader.length; i++) {
            if (rader[i].contains(sokt)) {
                return i + 1;
            }
        }
        throw new AssertionError(sokt + " finns inte");
    }
}
