package se.finsam.uppfoljning.pm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, must-show 5 (table 4's part; table 6's K sum follows with the participant statistics):
 * the provenance of table 4's förbrukningskvot for one insats lists exactly the rekvisitioner it came
 * from, as the demo data package holds them (the approved ones of the column's quarters), with who
 * entered and approved each and when, and the budget it divides by.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmProvenanceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theWholeYearsKvotOfOneInsatsComesFromItsFourApprovedRekvisitionerAndItsBudget() throws Exception {
        check(2, List.of("2022-1.json", "2022-2.json"));
    }

    @Test
    void theFirstHalfYearsKvotComesFromTheFirstTwoQuarters() throws Exception {
        check(1, List.of("2022-1.json"));
    }

    private static void check(int halvar, List<String> paket) throws Exception {
        String kansli = KeycloakTokens.accessToken("kansli");
        long enkoping = Api.insatsId("enkoping-jobbcentrum");
        Api.Reply reply = Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell4/" + enkoping, kansli);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject kalla = reply.object();

        // exactly the demo data's approved rekvisitioner of the insats in the column's quarters
        List<String> expected = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String fil : paket) {
            for (JsonObject r : demo(fil).getJsonArray("rekvisitioner").getValuesAs(JsonObject.class)) {
                if (r.getString("insats").equals("enkoping-jobbcentrum") && r.getString("status").equals("GODKAND")) {
                    expected.add(r.getInt("ar") + "-" + r.getInt("kvartal") + ": " + r.getJsonNumber("belopp").bigDecimalValue().stripTrailingZeros().toPlainString());
                    sum = sum.add(r.getJsonNumber("belopp").bigDecimalValue());
                }
            }
        }
        List<JsonObject> rekvisitioner = kalla.getJsonArray("rekvisitioner").getValuesAs(JsonObject.class);
        assertThat(rekvisitioner).extracting(r -> r.getInt("ar") + "-" + r.getInt("kvartal") + ": "
                + r.getJsonNumber("belopp").bigDecimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyElementsOf(expected);
        assertThat(rekvisitioner).allSatisfy(r -> {
            assertThat(r.getString("inskickadAv")).isNotBlank();
            assertThat(r.getString("inskickad")).isNotBlank();
            assertThat(r.getString("godkandAv")).isNotBlank();
            assertThat(r.getString("godkand")).isNotBlank();
        });
        assertThat(kalla.getJsonNumber("utfall").bigDecimalValue()).isEqualByComparingTo(sum);

        // the figure is table 4's, and its budget the column's
        JsonObject rad = Api.get("/api/pm/2022/" + halvar + "/budget", kansli).object().getJsonArray("rader")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("insatsId").longValue() == enkoping)
                .findFirst().orElseThrow();
        JsonObject kolumn = rad.getJsonObject(halvar == 2 ? "helaAret" : "forstaHalvaret");
        assertThat(kalla.getString("varde")).isEqualTo(kolumn.getString("forbrukningskvot"));
        assertThat(kalla.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo(kolumn.getJsonNumber("budget").bigDecimalValue());
        assertThat(kalla.getJsonObject("budgetkalla").getJsonNumber("beviljat").bigDecimalValue()).isEqualByComparingTo("2675000");
        assertThat(kalla.getString("insats")).isEqualTo(rad.getString("namn"));

        // an insats the PM does not hold, and a caller who reads no drafts
        assertThat(Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell4/0", kansli).object().getString("code")).isEqualTo("PM-010");
        assertThat(Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell4/" + enkoping, KeycloakTokens.accessToken("styrelse"))
                .status()).isEqualTo(403);
    }

    private static JsonObject demo(String fil) throws Exception {
        try (InputStream in = PmProvenanceIT.class.getResourceAsStream("/demo/datapaket-" + fil);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
