package se.finsam.uppfoljning.budget.entity;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.testdata.Exempel;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RekvisitionTest {

    private final Rekvisition r = new Rekvisition(Exempel.framsteget(), new Rapportperiod(2022, 1));

    @Test
    void aReturnedClaimCanBeCorrectedAndSubmittedAgain() {
        r.submit(Belopp.kronor(100), List.of(), "första", "rapportor", Instant.now());
        r.returnWith("Bifoga lönespecifikation.", "kansli", Instant.now());
        assertThat(r.status()).isEqualTo(RekvisitionStatus.RETURNERAD);
        assertThat(r.kommentar()).isEqualTo("Bifoga lönespecifikation.");
        r.submit(Belopp.kronor(90), List.of(new Kostnadsrad(1, "Lön", Belopp.kronor(90))), null, "rapportor", Instant.now());
        assertThat(r.status()).isEqualTo(RekvisitionStatus.INSKICKAD);
        assertThat(r.kommentar()).isNull();
        assertThat(r.isUtfall()).isFalse();
    }

    @Test
    void anApprovedClaimIsLocked() {
        r.submit(Belopp.kronor(100), List.of(), null, "rapportor", Instant.now());
        r.approve("kansli", Instant.now());
        assertThat(r.isUtfall()).isTrue();
        assertThatThrownBy(() -> r.submit(Belopp.kronor(1), List.of(), null, "rapportor", Instant.now()))
                .isInstanceOf(UppfoljningException.class).extracting("code").isEqualTo("BUD-101");
        assertThatThrownBy(() -> r.returnWith("x", "kansli", Instant.now()))
                .isInstanceOf(UppfoljningException.class).extracting("code").isEqualTo("BUD-102");
    }
}
