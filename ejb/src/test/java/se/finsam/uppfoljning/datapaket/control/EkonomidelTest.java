package se.finsam.uppfoljning.datapaket.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.boundary.Ekonomipaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EkonomidelTest {

    private static final LocalDate DAG = LocalDate.of(2022, 4, 20);

    @Test
    void moneyNeedsVersionTwo() {
        Datapaket v1 = paket(Datapaket.FORMAT_1, List.of(new Ekonomipaket.Budget("habo", 2022, BigDecimal.TEN, null)), List.of());
        assertThat(fields(v1)).containsExactly("format");
        assertThat(fields(paket(Datapaket.FORMAT, List.of(new Ekonomipaket.Budget("habo", 2022, BigDecimal.TEN, null)), List.of())))
                .isEmpty();
    }

    @Test
    void aVersionOnePackageWithoutMoneyStillPasses() {
        assertThat(fields(paket(Datapaket.FORMAT_1, null, null))).isEmpty();
    }

    @Test
    void rekvisitionerAreCheckedWhole() {
        Datapaket p = paket(Datapaket.FORMAT, List.of(), List.of(
                new Ekonomipaket.Rekvisition("okand", 2022, 1, BigDecimal.ONE, null, null, "INSKICKAD", DAG, null, null),
                new Ekonomipaket.Rekvisition("habo", 2022, 2, BigDecimal.TEN,
                        List.of(new Ekonomipaket.Kostnadsrad("Lön", BigDecimal.ONE)), null, "RETURNERAD", DAG, null, " ")));
        assertThat(fields(p)).containsExactlyInAnyOrder("rekvisitioner[0].insats", "rekvisitioner[1].beslutad",
                "rekvisitioner[1].kommentar", "rekvisitioner[1].kostnadsrader");
    }

    private static List<String> fields(Datapaket p) {
        return Ekonomidel.check(p, Set.of("habo")).stream().map(FieldError::field).toList();
    }

    private static Datapaket paket(String format, List<Ekonomipaket.Budget> budgetar, List<Ekonomipaket.Rekvisition> rekvisitioner) {
        return new Datapaket(format, "uppsala-lan", new Datapaket.Period(2022, 1), List.of(), null, null,
                budgetar, null, rekvisitioner, null, null, null);
    }
}
