package se.finsam.uppfoljning.kvartalsrapport.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.partner.entity.Forbund;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FragebatteriregelTest {

    private static final Forbund UPPSALA = new Forbund("uppsala-lan", "Samordningsförbundet Uppsala län");
    // the demo data's two sets: one from 2022 Q1, reworded from 2022 Q3
    private static final Fragebatteri FRAN_2022_1 = new Fragebatteri(UPPSALA, 2022, 1);
    private static final Fragebatteri FRAN_2022_3 = new Fragebatteri(UPPSALA, 2022, 3);
    private static final List<Fragebatteri> DEMO = List.of(FRAN_2022_3, FRAN_2022_1);

    private static Optional<Fragebatteri> iKraft(List<Fragebatteri> sets, int ar, int kvartal) {
        return Fragebatteriregel.iKraft(sets, new Rapportperiod(ar, kvartal));
    }

    @Test
    void aSetAppliesFromItsQuarterUntilANewerOneStarts() {
        assertThat(iKraft(DEMO, 2022, 1)).containsSame(FRAN_2022_1);
        assertThat(iKraft(DEMO, 2022, 2)).containsSame(FRAN_2022_1);
        assertThat(iKraft(DEMO, 2022, 3)).containsSame(FRAN_2022_3);
        assertThat(iKraft(DEMO, 2022, 4)).containsSame(FRAN_2022_3);
    }

    @Test
    void aYearWithoutASetOfItsOwnKeepsTheLastOneInForce() {
        assertThat(iKraft(DEMO, 2023, 1)).containsSame(FRAN_2022_3);
        assertThat(iKraft(DEMO, 2024, 4)).containsSame(FRAN_2022_3);
    }

    @Test
    void aNewerYearsSetTakesOverFromItsQuarter() {
        Fragebatteri fran2024_2 = new Fragebatteri(UPPSALA, 2024, 2);
        List<Fragebatteri> sets = List.of(FRAN_2022_1, fran2024_2, FRAN_2022_3);
        assertThat(iKraft(sets, 2024, 1)).containsSame(FRAN_2022_3);
        assertThat(iKraft(sets, 2024, 2)).containsSame(fran2024_2);
        assertThat(iKraft(sets, 2025, 3)).containsSame(fran2024_2);
    }

    @Test
    void noSetBeforeTheFirstHasStarted() {
        assertThat(iKraft(DEMO, 2021, 4)).isEmpty();
        assertThat(iKraft(List.of(FRAN_2022_3), 2022, 2)).isEmpty();
        assertThat(iKraft(List.of(), 2022, 2)).isEmpty();
    }
}
