package se.finsam.uppfoljning.plattform.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.AuditEntry;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fields of a stale save's refusal, from the audit rows written since the version read. */
class AuditTrailTest {

    private static AuditEntry row(String by, String field, String before, String after) {
        return new AuditEntry("uppsala-lan", by, Instant.parse("2026-12-05T10:00:00Z"), "Budget", "7", field, before, after)
                .atVersion(2);
    }

    @Test
    void eachRowIsAFieldSayingWhoChangedItFromWhatToWhat() {
        assertThat(AuditTrail.changes(List.of(row("kansli", "beviljat", "500 000", "600 000"), row("forbundschef", "forstaHalvar", null, "1"))))
                .containsExactly(new FieldError("beviljat", "Ändrat av kansli: \"500 000\" → \"600 000\""),
                        new FieldError("forstaHalvar", "Ändrat av forbundschef: (tomt) → \"1\""));
    }

    @Test
    void aRowOfManyFiguresOpensIntoOneFieldEach() {
        AuditEntry siffror = row("kansli", "siffror", "{\"inregistrerade\":\"0\",\"anonyma\":null}",
                "{\"inregistrerade\":\"1\",\"anonyma\":\"2\"}");
        AuditEntry ny = row("habo.rapportor", "siffror", null, "{\"pagaendeSlut\":\"3\"}");
        assertThat(AuditTrail.changesInOneRow(List.of(siffror, ny))).containsExactly(
                new FieldError("inregistrerade", "Ändrat av kansli: \"0\" → \"1\""),
                new FieldError("anonyma", "Ändrat av kansli: (tomt) → \"2\""),
                new FieldError("pagaendeSlut", "Ändrat av habo.rapportor: (tomt) → \"3\""));
    }

    @Test
    void aRowThatIsNotJsonIsTheFieldItNames() {
        assertThat(AuditTrail.changesInOneRow(List.of(row("kansli", "kommentar", "a", "b"))))
                .containsExactly(new FieldError("kommentar", "Ändrat av kansli: \"a\" → \"b\""));
    }
}
