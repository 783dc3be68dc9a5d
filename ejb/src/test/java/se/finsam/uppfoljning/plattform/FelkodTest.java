package se.finsam.uppfoljning.plattform;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import static org.assertj.core.api.Assertions.assertThat;

class FelkodTest {

    @Test
    void fillsTheTemplateWithoutNumberFormatting() {
        assertThat(KvartalsrapportFel.RAPPORT_FINNS_INTE.message(new Rapportperiod(2024, 3)))
                .isEqualTo("Det finns ingen rapport för 2024 kvartal 3.");
        assertThat(PlattformFel.EPOST_UPPTAGEN.message("o'neil@habo.se"))
                .isEqualTo("Det finns redan ett konto med e-postadressen o'neil@habo.se.");
    }

    @Test
    void theExceptionCarriesTheCataloguesCodeAndKind() {
        UppfoljningException e = UppfoljningException.of(KvartalsrapportFel.BARA_RAPPORTOREN);
        assertThat(e.code()).isEqualTo("KVR-013");
        assertThat(e.kind()).isEqualTo(UppfoljningException.Kind.FORBIDDEN);
        assertThat(e.getMessage()).isEqualTo(KvartalsrapportFel.BARA_RAPPORTOREN.template());
    }
}
