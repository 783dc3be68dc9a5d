package se.finsam.uppfoljning.behorighet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The system administrator creates a partner organisation and grants any role; a partneradmin may not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemAdminIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void createsAnOrganisationInKeycloakAndAsPartner() throws Exception {
        String systemadmin = KeycloakTokens.accessToken("systemadmin");
        Api.Reply created = Api.post("/api/system/organisationer", systemadmin,
                "{\"alias\":\"testkommun\",\"namn\":\"Testkommunen\",\"typ\":\"KOMMUN\",\"doman\":\"testkommun.se\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Api.get("/api/partners", systemadmin).body()).contains("Testkommunen");
        assertThat(admin("/organizations?search=testkommun")).contains("\"alias\":\"testkommun\"");

        Api.Reply bad = Api.post("/api/system/organisationer", systemadmin,
                "{\"alias\":\"Fel Alias\",\"namn\":\"\",\"typ\":\"KOMMUN\",\"doman\":\"inte en doman\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field")).contains("alias", "namn", "doman");
    }

    @Test
    void grantsAnyRoleToAnyoneButAPartnerAdminCannot() throws Exception {
        String user = Json.createReader(new StringReader(admin("/users?exact=true&username=enkoping.anstalld"))).readArray()
                .getJsonObject(0).getString("id");
        assertThat(Api.put("/api/system/anvandare/" + user + "/roller/rapportdesigner", KeycloakTokens.accessToken("habo.admin"), "")
                .status()).isEqualTo(403);
        Api.Reply granted = Api.put("/api/system/anvandare/" + user + "/roller/rapportdesigner", KeycloakTokens.accessToken("systemadmin"), "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(((JsonArray) granted.json()).getValuesAs(JsonString::getString)).contains("rapportdesigner");
        Api.Reply revoked = Api.send("DELETE", "/api/system/anvandare/" + user + "/roller/rapportdesigner",
                KeycloakTokens.accessToken("systemadmin"), null);
        assertThat(((JsonArray) revoked.json()).getValuesAs(JsonString::getString)).doesNotContain("rapportdesigner");
    }

    private static String admin(String path) throws Exception {
        String issuer = KeycloakTokens.issuer();
        HttpClient http = HttpClient.newHttpClient();
        String token = Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(
                        issuer.replace("/realms/uppfoljning", "/realms/master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString()).body())).readObject().getString("access_token");
        return http.send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/") + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
