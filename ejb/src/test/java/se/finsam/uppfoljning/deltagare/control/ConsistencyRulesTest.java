package se.finsam.uppfoljning.deltagare.control;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.deltagare.entity.Anledningskategori;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every consistency rule of participant statistics, each code asserted, on hand-made figures. */
class ConsistencyRulesTest {

    static final Kodlista KODLISTA = new Kodlista(1, List.of(
            new Kodlista.Anledning("SUBVENTIONERAT_ARBETE", "Subventionerat arbete", Anledningskategori.ARBETE_SLAG),
            new Kodlista.Anledning("EJ_SUBVENTIONERAT_ARBETE", "Ej subventionerat arbete", Anledningskategori.ARBETE_SLAG),
            new Kodlista.Anledning("ARBETAR_50", "Arbetar 50 %", Anledningskategori.ARBETE_OMFATTNING),
            new Kodlista.Anledning("ARBETAR_100", "Arbetar 100 %", Anledningskategori.ARBETE_OMFATTNING),
            new Kodlista.Anledning("STUDERANDE", "Studerande", Anledningskategori.STUDIER),
            new Kodlista.Anledning("AKTIVT_ARBETSSOKANDE", "Aktivt arbetssökande", Anledningskategori.ANNAN),
            new Kodlista.Anledning("OVRIGT", "Övrigt", Anledningskategori.ANNAN)));

    static final Halvar H1 = new Halvar(2022, 1);
    static final Halvar H2 = new Halvar(2022, 2);

    /** A consistent set: start 5/5, in 10/10, out 6/4, ongoing 9/11; reasons sum to 6/4; work 2/1 both ways. */
    static Figurer giltig() {
        return new Figurer();
    }

    static final class Figurer {
        Antal start = Antal.of(5, 5), in = Antal.of(10, 10), ut = Antal.of(6, 4), hela = Antal.of(8, 4), slut = Antal.of(9, 11),
                arbeteStudier = Antal.of(3, 2);
        Map<String, Antal> anledningar = new HashMap<>(Map.of(
                "SUBVENTIONERAT_ARBETE", Antal.of(1, 1), "EJ_SUBVENTIONERAT_ARBETE", Antal.of(1, 0),
                "ARBETAR_50", Antal.of(1, 0), "ARBETAR_100", Antal.of(1, 1),
                "STUDERANDE", Antal.of(1, 1), "AKTIVT_ARBETSSOKANDE", Antal.of(2, 1), "OVRIGT", Antal.of(1, 1)));
        Antal malgruppAntal = Antal.of(10, 10);
        Map<Malgruppskategori, Antal> malgrupp = new HashMap<>(Map.of(
                Malgruppskategori.ALDER_UNDER_30, Antal.of(6, 4), Malgruppskategori.ALDER_30_44, Antal.of(4, 6),
                Malgruppskategori.UTBILDNING_GRUNDSKOLA, Antal.of(10, 10)));
        Map<String, Integer> summor = new HashMap<>();

        Deltagarsiffror siffror() {
            return new Deltagarsiffror(null, start, in, ut, hela, slut, 1, arbeteStudier, 100, 1, null, anledningar,
                    new Deltagarsiffror.Malgrupp(null, malgruppAntal, malgrupp, null, null), summor);
        }

        List<Regelbrott> kontrollera() {
            return Konsistensregler.kontrollera(siffror(), H1, Optional.empty(), KODLISTA);
        }

        /** Checked as the half-year {@code h}, which follows {@code foregaende}. */
        List<Regelbrott> kontrollera(Halvar h, Figurer foregaende) {
            return Konsistensregler.kontrollera(siffror(), h, Optional.of(foregaende.siffror()), KODLISTA);
        }

        /** Totals as stated beside the K and M figures, by field. */
        Figurer summor(Map<String, Integer> stated) {
            summor.putAll(stated);
            return this;
        }

        /** The ongoing at the start and at the end of the period. */
        Figurer pagaende(Antal start, Antal slut) {
            this.start = start;
            this.slut = slut;
            return this;
        }
    }

    @Test
    void consistentFiguresBreakNoRule() {
        assertThat(giltig().kontrollera()).isEmpty();
    }

    @Nested
    class SumOfKAndM {
        @Test
        void aStatedTotalMustBeKPlusM_DEL_010() {
            assertThat(giltig().summor(Map.of("inregistrerade", 21)).kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar)
                    .containsExactly(tuple("DEL-010", "inregistrerade.summa", false));
        }

        @Test
        void aStatedTotalThatHoldsIsFine() {
            Figurer f = giltig().summor(Map.of("inregistrerade", 20, "avslutningsanledningar.AKTIVT_ARBETSSOKANDE", 3, "malgrupp", 20));
            assertThat(f.kontrollera()).isEmpty();
        }

        @Test
        void holdsForTerminationReasonsAndTheTargetGroupToo() {
            Figurer f = giltig().summor(Map.of("avslutningsanledningar.STUDERANDE", 3, "malgrupp.ALDER_UNDER_30", 9, "malgrupp", 19));
            assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt).containsExactlyInAnyOrder(
                    tuple("DEL-010", "avslutningsanledningar.STUDERANDE.summa"),
                    tuple("DEL-010", "malgrupp.ALDER_UNDER_30.summa"),
                    tuple("DEL-010", "malgrupp.summa"));
        }
    }

    @Test
    void endedCannotExceedOngoingAtStartPlusEnrolled_DEL_011() {
        Figurer f = giltig();
        f.ut = Antal.of(16, 4);
        f.hela = Antal.of(16, 4);
        f.slut = Antal.of(0, 11);
        f.anledningar.put("OVRIGT", Antal.of(11, 1));
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt)
                .contains(tuple("DEL-011", "avslutade.k"))
                .doesNotContain(tuple("DEL-011", "avslutade.m"));
    }

    @Nested
    class OngoingBalance {
        @Test
        void ongoingAtEndIsStartPlusEnrolledMinusEnded_DEL_012() {
            Figurer f = giltig();
            f.slut = Antal.of(10, 11);
            List<Regelbrott> brott = f.kontrollera();
            assertThat(brott).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar)
                    .containsExactly(tuple("DEL-012", "pagaendeSlut.k", true));
            assertThat(Konsistensregler.hindrar(brott, Map.of())).hasSize(1);
            assertThat(Konsistensregler.hindrar(brott, Map.of("DEL-012", "  "))).as("a blank explanation is none").hasSize(1);
            assertThat(Konsistensregler.hindrar(brott, Map.of("DEL-012", "SUS räknar pågående per annat datum."))).isEmpty();
        }

        @Test
        void halvar2StartsWhereHalvar1Started_DEL_013() {
            List<Regelbrott> brott = giltig().pagaende(Antal.of(7, 5), Antal.of(11, 11)).kontrollera(H2, giltig());
            assertThat(brott).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar)
                    .containsExactly(tuple("DEL-013", "pagaendeStart.k", true));
            assertThat(Konsistensregler.hindrar(brott, Map.of("DEL-013", "Inskrivningar registrerades i efterhand."))).isEmpty();
        }

        @Test
        void halvar1StartsWhereThePreviousYearEnded_DEL_013() {
            Figurer foregaendeAr = giltig();
            Halvar h1 = new Halvar(2023, 1);
            assertThat(giltig().pagaende(Antal.of(9, 11), Antal.of(13, 17)).kontrollera(h1, foregaendeAr)).isEmpty();
            assertThat(giltig().pagaende(Antal.of(9, 10), Antal.of(13, 16)).kontrollera(h1, foregaendeAr))
                    .extracting(Regelbrott::kod, Regelbrott::falt).containsExactly(tuple("DEL-013", "pagaendeStart.m"));
        }
    }

    @Test
    void endedToWorkOrStudiesCannotExceedEnded_DEL_014() {
        Figurer f = giltig();
        f.arbeteStudier = Antal.of(3, 5);
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar)
                .containsExactly(tuple("DEL-014", "arbeteStudier.m", false));
    }

    @Test
    void terminationReasonsSumToTheEnded_DEL_015() {
        Figurer f = giltig();
        f.anledningar.remove("OVRIGT");
        List<Regelbrott> brott = f.kontrollera();
        assertThat(brott).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar).containsExactly(
                tuple("DEL-015", "avslutningsanledningar.k", true), tuple("DEL-015", "avslutningsanledningar.m", true));
        assertThat(Konsistensregler.hindrar(brott, Map.of("DEL-015", "Tabell 9 togs ut vid ett senare tillfälle."))).isEmpty();
    }

    @Test
    void workByExtentIsNotCountedTwiceAmongTheReasons() {
        Figurer f = giltig();
        assertThat(Deltagarsummor.avslutsanledningar(f.siffror(), KODLISTA)).isEqualTo(Antal.of(6, 4));
        assertThat(Deltagarsummor.arbeteOchStudier(f.siffror(), KODLISTA)).isEqualTo(Antal.of(3, 2));
    }

    @Test
    void workByKindAndByExtentGiveTheSameSum_DEL_016() {
        Figurer f = giltig();
        f.anledningar.put("ARBETAR_100", Antal.of(2, 1));
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt, Regelbrott::forklarbar)
                .containsExactly(tuple("DEL-016", "avslutningsanledningar.arbete.k", false));
    }

    @Test
    void bothBreakdownsOfWorkEqualAStatedSumArbete_DEL_017() {
        Figurer f = giltig();
        f.summor.put(Konsistensregler.ARBETE, 3);
        f.summor.put(Konsistensregler.ARBETE + ".k", 2);
        assertThat(f.kontrollera()).isEmpty();
        f.summor.put(Konsistensregler.ARBETE + ".m", 2);
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt).containsExactly(
                tuple("DEL-017", "avslutningsanledningar.arbete.m"), tuple("DEL-017", "avslutningsanledningar.arbete.m"));
    }

    @Test
    void endedOverTheWholeInsatsPeriodIsAtLeastTheEndedInThePeriod_DEL_018() {
        Figurer f = giltig();
        f.hela = Antal.of(5, 4);
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt)
                .containsExactly(tuple("DEL-018", "avslutadeHelaPerioden.k"));
    }

    @Test
    void eachReportedTargetGroupDimensionSumsToTheTargetGroup_DEL_019() {
        Figurer f = giltig();
        f.malgrupp.put(Malgruppskategori.ALDER_60_ELLER_MER, Antal.of(0, 1));
        assertThat(f.kontrollera()).extracting(Regelbrott::kod, Regelbrott::falt)
                .containsExactly(tuple("DEL-019", "malgrupp.ALDER.m"));
    }

    @Test
    void aDimensionNotReportedIsNotChecked() {
        Figurer f = giltig();
        f.malgrupp.remove(Malgruppskategori.UTBILDNING_GRUNDSKOLA);
        assertThat(f.kontrollera()).isEmpty();
    }

    @Test
    void onlyTheBalanceTheStartAndTheReasonsMayBeExplained() {
        assertThat(Konsistensregler.FORKLARBARA).containsExactlyInAnyOrder("DEL-012", "DEL-013", "DEL-015");
        Figurer f = giltig();
        f.arbeteStudier = Antal.of(7, 2);
        List<Regelbrott> brott = f.kontrollera();
        assertThat(Konsistensregler.hindrar(brott, Map.of("DEL-014", "vi vet"))).extracting(Regelbrott::kod)
                .containsExactly("DEL-014");
    }

    @Test
    void messagesAreSwedishAndNameTheFigures() {
        Figurer f = giltig();
        f.slut = Antal.of(10, 11);
        assertThat(f.kontrollera().get(0).meddelande())
                .isEqualTo("Pågående kvinnor vid periodens slut (10) är inte pågående vid start + inregistrerade − avslutade (9). Rätta eller förklara.");
    }
}
