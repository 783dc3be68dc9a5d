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
import se.finsam.uppfoljning.it.RealmAdmin;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system administrator creates a partner organisation and grants any role; a partneradmin may not.
 * And sets a new förbund up through the API: the förbund with its office, an organisation in it, an
 * invited person, a role in the förbund that gives the person its {@code forbund} claim.
 */
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
    void setsUpANewForbundFromNothing() {
        String systemadmin = KeycloakTokens.accessToken("systemadmin");
        String kod = "sysit-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String kansli = kod + "-kansliet";
        Api.Reply created = Api.post("/api/system/forbund", systemadmin, "{\"forbund\":{\"kod\":\"" + kod
                + "\",\"namn\":\"Samordningsförbundet Test\",\"kansli\":\"" + kansli + "\"},\"doman\":\"" + kod + ".example\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object().getString("kansli")).isEqualTo(kansli);
        assertThat(Api.get("/api/system/forbund", systemadmin).body()).contains("\"kod\":\"" + kod + "\"");
        // (Keycloak's organisation search matches names and domains, not aliases)
        assertThat(admin("/organizations?first=0&max=1000")).contains("\"alias\":\"" + kansli + "\"");

        Api.Reply again = Api.post("/api/system/forbund", systemadmin, "{\"forbund\":{\"kod\":\"" + kod
                + "\",\"namn\":\"Igen\",\"kansli\":\"" + kansli + "\"},\"doman\":\"" + kod + ".example\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("code")).isEqualTo("PAR-004");

        // Arbetsförmedlingen exists in Keycloak already (the demo förbund's): the förbund gets it as its partner
        Api.Reply org = Api.post("/api/system/forbund/" + kod + "/organisationer", systemadmin,
                "{\"alias\":\"arbetsformedlingen\",\"namn\":\"Arbetsförmedlingen\",\"typ\":\"ARBETSFORMEDLINGEN\",\"doman\":\"arbetsformedlingen.se\"}");
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        assertThat(Api.get("/api/system/forbund/" + kod + "/organisationer", systemadmin).json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("organisation")).containsExactlyInAnyOrder(kansli, "arbetsformedlingen");

        String email = kod + ".kansli@" + kod + ".example";
        Api.Reply invited = Api.post("/api/system/forbund/" + kod + "/inbjudningar", systemadmin,
                "{\"organisation\":\"" + kansli + "\",\"email\":\"" + email + "\",\"fornamn\":\"Karin\",\"efternamn\":\"Kansli\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        Api.Reply notPartner = Api.post("/api/system/forbund/" + kod + "/inbjudningar", systemadmin,
                "{\"organisation\":\"habo\",\"email\":\"x." + email + "\",\"fornamn\":\"A\",\"efternamn\":\"B\"}");
        assertThat(notPartner.object().getString("code")).isEqualTo("BEH-020");

        JsonObject found = Api.get("/api/system/anvandare?sok=" + kod + ".kansli", systemadmin).json().asJsonArray().getJsonObject(0);
        assertThat(found.getString("forbund")).isEqualTo(kod);
        assertThat(found.getJsonArray("organisationer").getString(0)).isEqualTo(kansli);
        Api.Reply granted = Api.put("/api/system/forbund/" + kod + "/anvandare/" + found.getString("id") + "/roller/kansli", systemadmin, "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(((JsonArray) granted.json()).getValuesAs(JsonString::getString)).containsExactly("kansli");
    }

    @Test
    void grantingAnOfficeRoleInAForbundGivesTheForbundClaimAndTheOffice() {
        String systemadmin = KeycloakTokens.accessToken("systemadmin");
        String username = "utan.forbund." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        assertThat(RealmAdmin.send("POST", "/uppfoljning/users", "{\"username\":\"" + username + "\",\"enabled\":true,"
                + "\"emailVerified\":true,\"email\":\"" + username + "@example.se\",\"firstName\":\"Utan\",\"lastName\":\"Förbund\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}]}").statusCode()).isEqualTo(201);
        String id = Json.createReader(new StringReader(admin("/users?exact=true&username=" + username))).readArray()
                .getJsonObject(0).getString("id");

        Api.Reply granted = Api.put("/api/system/forbund/demo-annat/anvandare/" + id + "/roller/forbundschef", systemadmin, "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);

        JsonObject claims = KeycloakTokens.claims(KeycloakTokens.accessToken(username));
        assertThat(claims.getString("forbund")).isEqualTo("demo-annat");
        assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString)).contains("forbundschef");
        assertThat(claims.toString()).contains("kansliet-annat");

        // a person of Samordningsförbundet Uppsala län gets no role in another förbund
        String enkoping = Json.createReader(new StringReader(admin("/users?exact=true&username=enkoping.anstalld"))).readArray()
                .getJsonObject(0).getString("id");
        Api.Reply refused = Api.put("/api/system/forbund/demo-annat/anvandare/" + enkoping + "/roller/kansli", systemadmin, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("code")).isEqualTo("BEH-021");
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

    private static String admin(String path) {
        return RealmAdmin.get("/uppfoljning" + path);
    }
}
