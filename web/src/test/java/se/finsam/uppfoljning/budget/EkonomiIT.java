package se.finsam.uppfoljning.budget;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An insats' money through the API: the rapportör's rekvisition, the office's return and approval,
 * the office's budget, and bad input refused with the field named and nothing written. Each test
 * uses its own year of Håbo's Framsteget 2.0 (extended to 2024), so the 2022 demo data the PM
 * tables are read from stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EkonomiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private long habo;
    private String rapportor;
    private String kansli;

    @BeforeEach
    void signIn() {
        habo = Api.insatsId("habo-framsteget");
        rapportor = KeycloakTokens.accessToken("habo.rapportor");
        kansli = KeycloakTokens.accessToken("kansli");
    }

    @Test
    void aRekvisitionIsReturnedCorrectedAndApprovedAndThenCountsAsUtfall() {
        String rekvisitioner = "/api/insatser/" + habo + "/rekvisitioner";
        Api.Reply in = Api.post(rekvisitioner, rapportor, "{\"ar\":2023,\"kvartal\":1,\"belopp\":\"125 000,50\","
                + "\"kostnadsrader\":[{\"text\":\"Lön\",\"belopp\":100000},{\"text\":\"Lokal\",\"belopp\":\"25000,50\"}]}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.object().getString("status")).isEqualTo("INSKICKAD");

        Api.Reply utanKommentar = Api.post(rekvisitioner + "/2023/1/retur", kansli, "{}");
        assertThat(utanKommentar.status()).isEqualTo(400);
        assertThat(utanKommentar.object().getString("code")).isEqualTo("BUD-004");

        Api.Reply retur = Api.post(rekvisitioner + "/2023/1/retur", kansli, "{\"kommentar\":\"Bifoga lönespecifikation.\"}");
        assertThat(retur.object().getString("status")).isEqualTo("RETURNERAD");
        assertThat(Api.post(rekvisitioner, rapportor, "{\"ar\":2023,\"kvartal\":1,\"belopp\":125000.5}").object()
                .getString("status")).isEqualTo("INSKICKAD");
        Api.Reply godkand = Api.post(rekvisitioner + "/2023/1/godkannande", kansli, "{}");
        assertThat(godkand.object().getString("status")).as(godkand.body()).isEqualTo("GODKAND");

        JsonObject ekonomi = Api.get("/api/insatser/" + habo + "/ekonomi/2023", rapportor).object();
        assertThat(ekonomi.getJsonNumber("utfallForstaHalvaret").bigDecimalValue()).isEqualByComparingTo("125000.50");
        assertThat(ekonomi.getJsonArray("rekvisitioner")).hasSize(1);

        Api.Reply igen = Api.post(rekvisitioner, rapportor, "{\"ar\":2023,\"kvartal\":1,\"belopp\":1}");
        assertThat(igen.status()).isEqualTo(409);
        assertThat(igen.object().getString("code")).isEqualTo("BUD-101");
    }

    @Test
    void badAmountsAndQuartersOutsideTheInsatsAreRefusedWithTheFieldNamedAndNothingWritten() {
        String rekvisitioner = "/api/insatser/" + habo + "/rekvisitioner";
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":2024,\"kvartal\":2,\"belopp\":\"tusen\"}"), "belopp");
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":2024,\"kvartal\":2,\"belopp\":-5}"), "belopp");
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":2024,\"kvartal\":2,\"belopp\":100,"
                + "\"kostnadsrader\":[{\"text\":\"Lön\",\"belopp\":90}]}"), "kostnadsrader");
        // Framsteget 2.0 started 2022-01-01
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":2021,\"kvartal\":4,\"belopp\":100}"), "kvartal");
        assertRefused(Api.put("/api/insatser/" + habo + "/ekonomi/2024/budget", kansli, "{\"version\":0,\"belopp\":-1}"), "belopp");
        assertRefused(Api.put("/api/insatser/" + habo + "/ekonomi/2024/budget", kansli, "{\"version\":0,\"belopp\":\"mycket\"}"), "belopp");

        JsonObject ar2024 = Api.get("/api/insatser/" + habo + "/ekonomi/2024", kansli).object();
        assertThat(ar2024.getJsonArray("rekvisitioner")).isEmpty();
        assertThat(ar2024.getJsonNumber("budgetVersion").longValue()).isZero();
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2021", kansli).object().getJsonArray("rekvisitioner")).isEmpty();
    }

    @Test
    void theOfficeSetsABudgetWithItsOwnSplitAndAStaleVersionIsRefused() {
        String budget = "/api/insatser/" + habo + "/ekonomi/2025/budget";
        Api.Reply satt = Api.put(budget, kansli, "{\"version\":0,\"belopp\":\"1 000 000\",\"forstaHalvar\":400000}");
        assertThat(satt.status()).as(satt.body()).isEqualTo(200);
        JsonObject e = satt.object();
        assertThat(e.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("1000000");
        assertThat(e.getJsonNumber("budgetForstaHalvaret").bigDecimalValue()).isEqualByComparingTo("400000");
        assertThat(e.getJsonNumber("budgetAndraHalvaret").bigDecimalValue()).isEqualByComparingTo("600000");
        assertThat(e.getString("forbrukningskvot")).isEqualTo("0%");

        Api.Reply stale = Api.put(budget, kansli, "{\"version\":0,\"belopp\":5}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("BUD-001");
        assertThat(Api.put(budget, rapportor, "{\"version\":1,\"belopp\":5}").status()).isEqualTo(403);
    }

    @Test
    void theSteeringGroupSeesItsInsatsMoneyAndAnotherPartnersRapportorDoesNot() {
        JsonObject e = Api.get("/api/insatser/" + habo + "/ekonomi/2022", KeycloakTokens.accessToken("region.styrgrupp")).object();
        assertThat(e.getString("forbrukningskvot")).isEqualTo("83%");
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2022", KeycloakTokens.accessToken("enkoping.rapportor")).status())
                .isEqualTo(404);
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.object().getString("code")).isEqualTo("BUD-002");
        List<String> fields = reply.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertThat(fields).contains(field);
    }
}
