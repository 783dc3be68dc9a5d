package se.finsam.uppfoljning.pm.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.boundary.Budgetkolumn;
import se.finsam.uppfoljning.pm.boundary.PmUnderlag;
import se.finsam.uppfoljning.pm.boundary.Tabell1;
import se.finsam.uppfoljning.pm.boundary.Tabell2;
import se.finsam.uppfoljning.pm.boundary.Tabell3;
import se.finsam.uppfoljning.pm.boundary.Tabell4;
import se.finsam.uppfoljning.pm.boundary.Tabell5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The snapshot's JSON round trip and the field-level changes between two snapshots (invented data). */
class AndringarTest {

    @Test
    void aSnapshotReadsBackAsTheSameRecords() {
        PmUnderlag u = underlag(new BigDecimal("623657.00"), "Nej", "Bakgrunden.");
        assertThat(PmJson.read(PmJson.write(u), PmUnderlag.class)).isEqualTo(u);
        // the same data is the same text: snapshots compare as strings
        assertThat(PmJson.write(underlag(new BigDecimal("623657.00"), "Nej", "Bakgrunden."))).isEqualTo(PmJson.write(u));
    }

    @Test
    void theChangesNameThePartTheInsatsAndTheField() {
        String fore = PmJson.write(underlag(new BigDecimal("0"), "Nej", "Bakgrunden."));
        String efter = PmJson.write(underlag(new BigDecimal("623657"), "Ja", "Bakgrunden."));
        List<Andringar.Andring> diff = Andringar.mellan(PmJson.tree(fore), PmJson.tree(efter));
        assertThat(diff).containsExactly(
                new Andringar.Andring("tabell3", "Norrby, Arbetsbron", "vakanserSof", "Nej", "Ja"),
                new Andringar.Andring("tabell4", "Arbetsbron", "helaAret.utfall", "0", "623657"),
                new Andringar.Andring("tabell4", "Arbetsbron", "helaAret.utfallTsek", "0", "624"));
        assertThat(Andringar.mellan(PmJson.tree(fore), PmJson.tree(fore))).isEmpty();
    }

    @Test
    void anInsatsAddedOrGoneIsOneRowChangeNotAShiftedTable() {
        Tabell1 en = new Tabell1(2031, 2, 1, 1, 0, 0, 0, List.of(new Tabell1.Grupp("INDIVIDINSATS", "Individinsatser", List.of(
                new Tabell1.Rad(7, "Norrby, Arbetsbron", "Norrby kommun", LocalDate.of(2030, 1, 1), LocalDate.of(2033, 12, 31), false)))));
        Tabell1 tva = new Tabell1(2031, 2, 2, 2, 0, 0, 0, List.of(new Tabell1.Grupp("INDIVIDINSATS", "Individinsatser", List.of(
                new Tabell1.Rad(9, "Söderå, Steget", "Söderå kommun", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), false),
                new Tabell1.Rad(7, "Norrby, Arbetsbron", "Norrby kommun", LocalDate.of(2030, 1, 1), LocalDate.of(2033, 12, 31), false)))));
        List<Andringar.Andring> diff = Andringar.mellan(PmJson.tree(PmJson.write(Map.of("tabell1", en))),
                PmJson.tree(PmJson.write(Map.of("tabell1", tva))));
        assertThat(diff).extracting(Andringar.Andring::rad).containsOnly(null, "Söderå, Steget");
        assertThat(diff).filteredOn(a -> "Söderå, Steget".equals(a.rad())).singleElement()
                .satisfies(a -> assertThat(a.fore()).isNull());
        assertThat(diff).filteredOn(a -> a.rad() == null).extracting(Andringar.Andring::falt)
                .containsExactlyInAnyOrder("antal", "individinsatser");
    }

    private static PmUnderlag underlag(BigDecimal utfallAr, String vakans, String bakgrund) {
        Tabell1 t1 = new Tabell1(2031, 2, 1, 1, 0, 0, 0, List.of(new Tabell1.Grupp("INDIVIDINSATS", "Individinsatser", List.of(
                new Tabell1.Rad(7, "Norrby, Arbetsbron", "Norrby kommun", LocalDate.of(2030, 1, 1), LocalDate.of(2033, 12, 31), true)))));
        Tabell2 t2 = new Tabell2(2031, 2, List.of());
        Tabell3 t3 = new Tabell3(2031, 2, List.of(new Tabell3.Grupp("INDIVIDINSATS", "Individinsatser", List.of(
                new Tabell3.Rad(7, "Norrby, Arbetsbron", vakans, "Nej", "Nej")))));
        long tsek = utfallAr.divide(new BigDecimal(1000), 0, java.math.RoundingMode.HALF_UP).longValue();
        Tabell4 t4 = new Tabell4(2031, 2, List.of(new Tabell4.Rad(7, "Norrby kommun", "Arbetsbron",
                new Budgetkolumn(new BigDecimal("100"), new BigDecimal("0"), 0, 0, null, "–"),
                new Budgetkolumn(utfallAr, new BigDecimal("0"), tsek, 0, null, "–"), null, 250L)));
        Tabell5 t5 = new Tabell5(2031, 2, List.of("Styrgruppsmöten"), List.of(new Tabell5.Grupp("INDIVIDINSATS", "Individinsatser",
                List.of(new Tabell5.Rad(7, "Norrby, Arbetsbron", java.util.Arrays.asList("Ja"))))));
        return new PmUnderlag("Samordningsförbundet Exempelbygden", 2031, 2,
                Map.of("SAMMANFATTNING", "Under andra halvåret 2031 har en finansierad insats varit i gång.", "BAKGRUND", bakgrund),
                t1, t2, t3, t4, t5);
    }
}
