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
import se.finsam.uppfoljning.it.Rapporter;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Håbo's partner administrator makes a Håbo employee rapportör of Framsteget 2.0, who can then
 * report; the same administrator is refused — and Keycloak left unchanged — for a person of Enköping
 * and for the kansli role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerAdminIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void habosPartnerAdminGrantsRapportorWithinHaboOnly() throws Exception {
        String admin = KeycloakTokens.accessToken("habo.admin");
        Api.Reply people = Api.get("/api/personer", admin);
        assertThat(people.status()).as(people.body()).isEqualTo(200);
        JsonObject anstalld = ((JsonArray) people.json()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("anvandarnamn").equals("habo.anstalld")).findFirst().orElseThrow();
        assertThat(((JsonArray) people.json()).getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("anvandarnamn")).doesNotContain("enkoping.rapportor", "enkoping.anstalld");
        String id = anstalld.getString("id");
        long habo = Api.insatsId("habo-framsteget");
        String report = Rapporter.path(habo, 2023, 1);

        assertThat(Api.put(report, KeycloakTokens.accessToken("habo.anstalld"), "{\"version\":0}").status())
                .as("no role yet").isEqualTo(403);

        Api.Reply granted = Api.put("/api/personer/" + id + "/roller/rapportor", admin, "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(((JsonArray) granted.json()).getValuesAs(JsonString::getString)).contains("rapportor");
        Api.Reply assigned = Api.put("/api/personer/" + id + "/insatser/" + habo, admin, "");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);

        String anstalldToken = KeycloakTokens.accessToken("habo.anstalld");
        assertThat(KeycloakTokens.claims(anstalldToken).getJsonArray("groups").getValuesAs(JsonString::getString)).contains("rapportor");
        Api.Reply saved = Api.put(report, anstalldToken, "{\"version\":0,\"meddelande\":\"Första rapporten\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        String enkoping = userId("enkoping.anstalld");
        Api.Reply otherPartner = Api.put("/api/personer/" + enkoping + "/roller/rapportor", admin, "");
        assertThat(otherPartner.status()).isEqualTo(403);
        assertThat(otherPartner.object().getString("code")).isEqualTo("BEH-011");
        assertThat(realmRoles(enkoping)).doesNotContain("rapportor");

        Api.Reply kansli = Api.put("/api/personer/" + id + "/roller/kansli", admin, "");
        assertThat(kansli.status()).isEqualTo(403);
        assertThat(kansli.object().getString("code")).isEqualTo("BEH-010");
        assertThat(realmRoles(id)).doesNotContain("kansli");

        // other roles never reach partner administration
        assertThat(Api.get("/api/personer", KeycloakTokens.accessToken("kansli")).status()).isEqualTo(403);
    }

    @Test
    void habosPartnerAdminInvitesANewColleagueByEmail() {
        String admin = KeycloakTokens.accessToken("habo.admin");
        Api.Reply invited = Api.post("/api/personer", admin,
                "{\"email\":\"ny.kollega@habo.se\",\"fornamn\":\"Nora\",\"efternamn\":\"Nyström\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.object().getBoolean("epostSkickad")).isTrue();
        assertThat(java.util.Arrays.stream(se.finsam.uppfoljning.devstack.ItStack.mail().getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).contains("ny.kollega@habo.se");
        assertThat(((JsonArray) Api.get("/api/personer", admin).json()).getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("anvandarnamn")).contains("ny.kollega@habo.se");

        Api.Reply again = Api.post("/api/personer", admin,
                "{\"email\":\"ny.kollega@habo.se\",\"fornamn\":\"Nora\",\"efternamn\":\"Nyström\"}");
        assertThat(again.status()).isEqualTo(409);
        Api.Reply bad = Api.post("/api/personer", admin, "{\"email\":\"inte-en-adress\",\"fornamn\":\"\",\"efternamn\":\"B\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field")).contains("email", "fornamn");
    }

    private static String adminToken() throws Exception {
        String issuer = KeycloakTokens.issuer().replace("/realms/uppfoljning", "/realms/master");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    private static String admin(String path) throws Exception {
        String base = KeycloakTokens.issuer().replace("/realms/", "/admin/realms/");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + adminToken()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String userId(String username) throws Exception {
        return Json.createReader(new StringReader(admin("/users?exact=true&username=" + username))).readArray()
                .getJsonObject(0).getString("id");
    }

    private static java.util.List<String> realmRoles(String id) throws Exception {
        return Json.createReader(new StringReader(admin("/users/" + id + "/role-mappings/realm"))).readArray()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }
}
