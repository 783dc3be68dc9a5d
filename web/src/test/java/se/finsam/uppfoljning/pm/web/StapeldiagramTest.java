package se.finsam.uppfoljning.pm.web;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.plattform.web.Sprak;
import se.finsam.uppfoljning.pm.boundary.Utvecklingen;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StapeldiagramTest {

    @Test
    void aChartIsANamedImageWithABarPerValueAndNoStyleAttribute() {
        String svg = Stapeldiagram.svg("Inregistrerade <K & M>", List.of(new Stapeldiagram.Stapel("2022:1", 65, "65"),
                new Stapeldiagram.Stapel("2022:2", null, "–"), new Stapeldiagram.Stapel("2023:1", 0, "0")));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"",
                "aria-label=\"Inregistrerade &lt;K &amp; M&gt;\"", "<title>Inregistrerade &lt;K &amp; M&gt;</title>", ">–<");
        assertThat(svg.split("<rect", -1)).as("one bar: none for – and for 0").hasSize(2);
        assertThat(svg).doesNotContain("style=");
    }

    private static Utvecklingen utvecklingen() {
        Km km = new Km(1200, 90, 1290);
        return new Utvecklingen(List.of(new Utvecklingen.Period(2022, 1, false), new Utvecklingen.Period(2022, 2, true)),
                new Utvecklingen.Serie(null, "Förbundet", List.of(new Utvecklingen.Punkt(2022, 1, null, null, km, km, km,
                        new Procent(48, "48 %"), new Procent(null, "–")))),
                List.of(new Utvecklingen.Serie(7L, "Insatsen", List.of(new Utvecklingen.Punkt(2022, 2, 96, "96 %", null, null, null,
                        null, null)))));
    }

    @Test
    void everyFigureHasItsTableWithSwedishNumbersAndADashWhereThePmPrintedNone() {
        List<UtvecklingSida.Matt> matt = UtvecklingSida.matt(utvecklingen(), Sprak.SVENSKA);
        assertThat(matt).extracting(UtvecklingSida.Matt::id)
                .containsExactly("kvot", "inregistrerade", "avslutade", "pagaende", "andel-k", "andel-m");
        assertThat(matt.get(0).figurer()).as("no kvot for the förbund: table 4 has no total").extracting(UtvecklingSida.Figur::id)
                .containsExactly("kvot-7");
        assertThat(matt.get(0).figurer().get(0).rader()).extracting(UtvecklingSida.Rad::celler)
                .containsExactly(List.of("–"), List.of("96\u00A0%"));
        UtvecklingSida.Figur inregistrerade = matt.get(1).figurer().get(0);
        assertThat(inregistrerade.rader().get(0).celler()).containsExactly("1\u00A0200", "90", "1\u00A0290");
        assertThat(inregistrerade.rader().get(1).period()).isEqualTo("2022 kv 3–4 (fastställt)");
        assertThat(matt.get(4).figurer().get(0).rader().get(0).celler()).containsExactly("48\u00A0%");
    }

    @Test
    void inEnglishTheHeadingsColumnsAndNumbersAreEnglishAndTheNamesStay() {
        List<UtvecklingSida.Matt> matt = UtvecklingSida.matt(utvecklingen(), Sprak.ENGELSKA);
        assertThat(matt.get(1).rubrik()).isEqualTo("Participants enrolled");
        UtvecklingSida.Figur inregistrerade = matt.get(1).figurer().get(0);
        assertThat(inregistrerade.kolumner()).containsExactly("Women", "Men", "Total");
        assertThat(inregistrerade.rader().get(0).celler()).containsExactly("1,200", "90", "1,290");
        assertThat(inregistrerade.rader().get(1).period()).isEqualTo("2022 Q3–4 (frozen)");
        assertThat(inregistrerade.rubrik()).isEqualTo("Participants enrolled, the whole association (Förbundet), per half-year");
        assertThat(matt.get(0).figurer().get(0).rader().get(1).celler()).containsExactly("96%");
        assertThat(inregistrerade.svg()).as("named by its table's caption, which marks the Swedish name")
                .contains("aria-label=\"Participants enrolled, per half-year\"",
                        "aria-labelledby=\"inregistrerade-forbundet-rubrik\"").doesNotContain("Förbundet");
    }
}
