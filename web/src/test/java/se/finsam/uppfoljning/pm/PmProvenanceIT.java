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
 * Issue 10, must-show 5: the provenance of table 4's förbrukningskvot for one insats lists exactly the
 * rekvisitioner it came from, as the demo data package holds them (the approved ones of the column's
 * quarters), with who entered and approved each and when, and the budget it divides by; the
 * provenance of table 6's K sum lists exactly the individinsatser's statistics rows it was summed
 * from, each with its source (data package, SUS import with its extraction date, or typed in) and who
 * recorded it when.
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

    @Test
    void table6sKSumOfTheEnrolledComesFromExactlyTheIndividinsatsersRowsOfTheYear() throws Exception {
        checkTabell6(2, "inregistrerade", "2022-2.json");
    }

    @Test
    void table6sKSumOfTheOngoingInTheFirstHalfYearComesFromExactlyItsRows() throws Exception {
        checkTabell6(1, "pagaende", "2022-1.json");
    }

    private static void checkTabell6(int halvar, String kolumn, String paket) throws Exception {
        String kansli = KeycloakTokens.accessToken("kansli");
        Api.Reply reply = Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell6/" + kolumn, kansli);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject kalla = reply.object();
        List<JsonObject> rader = kalla.getJsonArray("rader").getValuesAs(JsonObject.class);

        // exactly table 6's rows, in its order: the individinsatser the demo data package has statistics for
        JsonObject tabell6 = Api.get("/api/statistik/2022/" + halvar + "/tabeller", kansli).object().getJsonObject("deltagare");
        List<Long> tabellensInsatser = tabell6.getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("insatsId").longValue()).toList();
        assertThat(rader).extracting(r -> r.getJsonNumber("insatsId").longValue()).containsExactlyElementsOf(tabellensInsatser);
        List<Long> paketets = new ArrayList<>();
        for (JsonObject d : demo(paket).getJsonArray("deltagarstatistik").getValuesAs(JsonObject.class)) {
            if (d.getInt("halvar") == halvar) {
                paketets.add(Api.insatsId(d.getString("insats")));
            }
        }
        assertThat(tabellensInsatser).containsExactlyInAnyOrderElementsOf(paketets);

        // the K sum is table 6's and the sum of the rows; each row is the insats' recorded figure and source
        String falt = kolumn.equals("pagaende") ? "pagaendeSlut" : kolumn;
        String summa = kolumn.equals("pagaende") ? "pagaende" : kolumn;
        assertThat(kalla.getInt("k")).isEqualTo(tabell6.getJsonObject(summa).getInt("k"))
                .isEqualTo(rader.stream().mapToInt(r -> r.getInt("k")).sum());
        assertThat(kalla.getInt("summa")).isEqualTo(tabell6.getJsonObject(summa).getInt("summa"));
        for (JsonObject r : rader) {
            JsonObject view = Api.get("/api/insatser/" + r.getJsonNumber("insatsId").longValue() + "/deltagarstatistik/2022/" + halvar,
                    kansli).object();
            assertThat(r.getInt("k")).as(r.getString("insats")).isEqualTo(view.getJsonObject("siffror").getJsonObject(falt).getInt("k"));
            assertThat(r.getString("kalla")).isEqualTo(view.getString("kalla"));
            assertThat(r.getString("andradAv")).isEqualTo(view.getString("andradAv")).isNotBlank();
            assertThat(r.getString("andradAt")).isNotBlank();
            assertThat(r.getString("uttagsdatum")).isEqualTo(view.getJsonObject("siffror").getString("uttagsdatum"));
            if (r.getString("kalla").equals("SUS")) {
                // a SUS import names the import: its file, extraction date, who imported it and when
                JsonObject imp = r.getJsonObject("susImport");
                assertThat(imp.getString("filnamn")).isNotBlank();
                assertThat(imp.getString("uttagsdatum")).isNotBlank();
                assertThat(imp.getString("inlastAv")).isNotBlank();
            } else {
                assertThat(!r.containsKey("susImport") || r.isNull("susImport")).as("no SUS import").isTrue();
            }
        }

        // a column table 6 does not have, and a caller who reads no drafts
        Api.Reply okand = Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell6/anonyma", kansli);
        assertThat(okand.status()).isEqualTo(400);
        assertThat(okand.object().getString("code")).isEqualTo("PM-011");
        assertThat(Api.get("/api/pm/2022/" + halvar + "/proveniens/tabell6/" + kolumn, KeycloakTokens.accessToken("styrelse"))
                .status()).isEqualTo(403);
    }

    private static JsonObject demo(String fil) throws Exception {
        try (InputStream in = PmProvenanceIT.class.getResourceAsStream("/demo/datapaket-" + fil);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
