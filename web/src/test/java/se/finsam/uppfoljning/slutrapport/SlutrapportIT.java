package se.finsam.uppfoljning.slutrapport;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The final report of the insats that closed at the end of 2022 (the H2 PM's "Avslutade insatser
 * kvartal 3 och 4": Digital plattform …) from the demo data, through the API; and the rules of
 * writing one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlutrapportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theClosedInsatsOfTheSecondHalfYearHasItsFinalReportWithThreeReachedGoals() {
        long id = Api.insatsId("uppsala-digital-plattform");
        Api.Reply reply = Api.get("/api/insatser/" + id + "/slutrapport", KeycloakTokens.accessToken("kansli"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject s = reply.object();
        assertThat(s.getString("insats")).startsWith("Uppsala, Digital plattform");
        assertThat(s.getString("typ")).isEqualTo("Strukturinsats");
        assertThat(s.getString("start")).isEqualTo("2021-01-01");
        assertThat(s.getString("slut")).isEqualTo("2022-12-31");
        assertThat(s.getBoolean("forlangd")).isTrue();
        assertThat(s.getString("syfte")).startsWith("Projektets övergripande syfte var att öka antalet elever");
        List<JsonObject> mal = s.getJsonArray("mal").getValuesAs(JsonObject.class);
        assertThat(mal).extracting(m -> m.getInt("nummer")).containsExactly(1, 2, 3);
        assertThat(mal).allMatch(m -> m.getBoolean("uppnatt") && m.getString("utfall").startsWith("Målet är uppnått."));
        assertThat(mal.get(0).getString("beskrivning")).startsWith("Att tillsammans med målgruppen utreda");
        assertThat(mal.get(2).getString("utfall")).contains("lärcentrums hemsidor");
        assertThat(s.getString("leverVidare")).contains("IKT-pedagog");
        assertThat(s.getJsonArray("lankar").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("https://larcentrum-uppsala.se", "https://samhallsorientering-uppsala.se/");

        assertThat(Api.get("/api/insatser/" + id + "/slutrapport", KeycloakTokens.accessToken("uppsala.rapportor")).status()).isEqualTo(200);
        assertThat(Api.get("/api/insatser/" + id + "/slutrapport", KeycloakTokens.accessToken("habo.rapportor")).status()).isEqualTo(404);
        assertThat(Api.get("/api/insatser/" + Api.insatsId("enkoping-jobbcentrum") + "/slutrapport",
                KeycloakTokens.accessToken("kansli")).object().getString("code")).isEqualTo("SLR-003");
    }

    @Test
    void aFinalReportIsWrittenWholeWhenTheInsatsClosesWithEveryGoalAndAStaleVersionIsRefused() {
        String kansli = KeycloakTokens.accessToken("kansli");
        // Lokussamordnare Uppsala ended 2022-12-31 and has one goal
        long lokus = Api.insatsId("uppsala-lokussamordnare");
        String path = "/api/insatser/" + lokus + "/slutrapport";
        Api.Reply utanMal = Api.put(path, kansli, "{\"version\":0,\"syfte\":\"Samordning\",\"mal\":[],\"lankar\":[\"ftp://x\"]}");
        assertThat(utanMal.status()).isEqualTo(400);
        assertThat(utanMal.object().getString("code")).isEqualTo("SLR-001");
        assertThat(utanMal.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field")).contains("mal", "lankar[0]");
        assertThat(Api.put(path, kansli, "{\"version\":0,\"syfte\":\"Samordning\",\"mal\":[{\"nummer\":7,\"utfall\":\"x\",\"uppnatt\":true}]}")
                .status()).isEqualTo(400);

        Api.Reply skriven = Api.put(path, KeycloakTokens.accessToken("uppsala.rapportor"), "{\"version\":0,\"syfte\":\"Samordning av insatser i Uppsala.\","
                + "\"mal\":[{\"nummer\":1,\"utfall\":\"Målet är delvis uppnått.\",\"uppnatt\":false}],"
                + "\"leverVidare\":\"Samordningen fortsätter i ordinarie verksamhet.\",\"lankar\":[\"https://example.org/lokus\"]}");
        assertThat(skriven.status()).as(skriven.body()).isEqualTo(200);
        assertThat(skriven.object().getJsonArray("mal").getJsonObject(0).getBoolean("uppnatt")).isFalse();
        long version = skriven.object().getJsonNumber("version").longValue();

        Api.Reply stale = Api.put(path, kansli, "{\"version\":" + (version + 5) + ",\"syfte\":\"x\","
                + "\"mal\":[{\"nummer\":1,\"utfall\":\"x\",\"uppnatt\":true}]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("SLR-102");
        assertThat(Api.get(path, kansli).object().getString("syfte")).isEqualTo("Samordning av insatser i Uppsala.");

        assertThat(Api.put(path, KeycloakTokens.accessToken("forbundschef"), "{\"version\":1}").status()).isEqualTo(403);
    }
}
