package se.finsam.uppfoljning.pm.web;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
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

    @Test
    void everyFigureHasItsTableWithSwedishNumbersAndADashWhereThePmPrintedNone() {
        Km km = new Km(1200, 90, 1290);
        Utvecklingen u = new Utvecklingen(List.of(new Utvecklingen.Period(2022, 1, false), new Utvecklingen.Period(2022, 2, true)),
                new Utvecklingen.Serie(null, "Förbundet", List.of(new Utvecklingen.Punkt(2022, 1, null, null, km, km, km,
                        new Procent(48, "48 %"), new Procent(null, "–")))),
                List.of(new Utvecklingen.Serie(7L, "Insatsen", List.of(new Utvecklingen.Punkt(2022, 2, 96, "96 %", null, null, null,
                        null, null)))));
        List<UtvecklingSida.Matt> matt = UtvecklingSida.matt(u);
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
}
