package se.finsam.uppfoljning.pm.boundary;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.reports.Markup;
import se.finsam.uppfoljning.slutrapport.boundary.SlutrapportView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvslutadeInsatserTest {

    @Test
    void noClosedInsatsNoSection() {
        assertThat(AvslutadeInsatser.text(List.of())).isNull();
    }

    @Test
    void perInsatsTheHeadingThePurposeEachGoalWithOutcomeAndReachedAndWhatLivesOn() {
        SlutrapportView s = new SlutrapportView(7, "norrby-bron", "Bron Norrby", "Strukturinsats", LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 12, 31), false, "Norrby kommun", List.of(), "Att bygga\nen bro.",
                List.of(new SlutrapportView.Mal(1, "Fler över ån", "Fler gick över", true),
                        new SlutrapportView.Mal(2, "Färre i vattnet", null, false)),
                "Sammanfattat.", "Bron står kvar.", List.of(), "kansli", null, 1);
        List<Markup.Block> blocks = Markup.parse(AvslutadeInsatser.text(List.of(s)));
        assertThat(blocks).containsExactly(new Markup.Rubrik("Bron Norrby"), new Markup.Stycke("**Syfte:** Att bygga en bro."),
                new Markup.Stycke("**Mål och utfall:**"),
                new Markup.Punkt("Mål 1: Fler över ån. Utfall: Fler gick över. Uppnått: ja."),
                new Markup.Punkt("Mål 2: Färre i vattnet. Uppnått: nej."),
                new Markup.Stycke("**Det här lever vidare:** Bron står kvar."));
    }
}
