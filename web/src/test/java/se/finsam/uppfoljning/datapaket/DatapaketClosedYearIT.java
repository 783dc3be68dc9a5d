package se.finsam.uppfoljning.datapaket;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data package obeys the closed-year rule of the rekvisition form: a year is closed from 1 April of
 * the next, and a package that would write a rekvisition of a closed year is refused whole with the
 * form's code (BUD-108), nothing written. Its packages are refused, so the demo data stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatapaketClosedYearIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void aPackageWithARekvisitionOfAClosedYearIsRefusedWholeAndNothingIsWritten() {
        String kansli = KeycloakTokens.accessToken("kansli");
        String paket = """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": 2023, "halvar": 1},
                 "insatser": [{"kod": "dpk-stangt", "namn": "Håbo, Stängt år", "kortnamn": "dpk-stangt", "typ": "INDIVIDINSATS",
                               "agare": "habo", "start": "2023-01-01", "slut": "2023-12-31", "status": "AKTIV",
                               "mal": [{"nummer": 1, "beskrivning": "Ett mål."}]}],
                 "budgetar": [{"insats": "dpk-stangt", "ar": 2023, "belopp": 100000}],
                 "rekvisitioner": [{"insats": "dpk-stangt", "ar": 2023, "kvartal": 1, "belopp": 20000, "status": "INSKICKAD",
                                    "inskickad": "2023-04-12"}]}""";
        Api.Reply svar = Api.post("/api/datapaket", kansli, paket);

        assertThat(svar.status()).as(svar.body()).isEqualTo(409);
        assertThat(svar.object().getString("code")).isEqualTo("BUD-108");
        assertThat(svar.object().getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("field"))
                .containsExactly("rekvisitioner[0].ar");
        assertThat(((JsonArray) Api.get("/api/insatser", kansli).json()).getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("kod")).doesNotContain("dpk-stangt");
    }

    @Test
    void theFormAndThePackageRefuseTheSameRekvisitionWithTheSameCode() {
        // Framsteget 2.0 ran in 2024, a year closed since 1 April 2025
        long habo = Api.insatsId("habo-framsteget");
        Api.Reply formular = Api.post("/api/insatser/" + habo + "/rekvisitioner", KeycloakTokens.accessToken("habo.rapportor"),
                "{\"ar\":2024,\"kvartal\":3,\"belopp\":100}");
        Api.Reply paket = Api.post("/api/datapaket", KeycloakTokens.accessToken("kansli"), """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": 2024, "halvar": 2},
                 "insatser": [],
                 "rekvisitioner": [{"insats": "habo-framsteget", "ar": 2024, "kvartal": 3, "belopp": 100, "status": "INSKICKAD",
                                    "inskickad": "2024-10-10"}]}""");

        assertThat(formular.status()).as(formular.body()).isEqualTo(409);
        assertThat(paket.status()).as(paket.body()).isEqualTo(409);
        assertThat(paket.object().getString("code")).isEqualTo(formular.object().getString("code")).isEqualTo("BUD-108");
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2024", KeycloakTokens.accessToken("kansli")).object()
                .getJsonArray("rekvisitioner")).isEmpty();
    }
}
