package se.finsam.uppfoljning.devstack;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm as code without the demo is what an empty install imports: the bootstrap system
 * administrator, whose password only the environment gives, and no other person, organisation or
 * identity provider. With the demo merged in, the demo users and organisations are there and the
 * demo's system administrator replaces the bootstrap one.
 */
class RealmDemoTest {

    /** keycloak-realm/ beside the web module, the tests' working directory. */
    private static final Path REALM_DIR = Path.of("../keycloak-realm/src/main/resources/realm");

    @Test
    void theRealmWithoutTheDemoHoldsOnlyTheBootstrapSystemAdministrator() throws Exception {
        JsonObject realm = RealmDemo.read(REALM_DIR.resolve("uppfoljning-realm.json"));
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("username")).containsExactly("systemadmin", "service-account-uppfoljning-admin");
        JsonObject admin = realm.getJsonArray("users").getJsonObject(0);
        assertThat(admin.getJsonArray("realmRoles").getValuesAs(JsonString::getString)).containsExactly("systemadmin");
        assertThat(admin.containsKey("attributes")).as("no förbund").isFalse();
        assertThat(admin.getJsonArray("credentials").getJsonObject(0).getString("value"))
                .as("the password from the environment, without a default").isEqualTo("${UPPFOLJNING_SYSTEMADMIN_PASSWORD}");
        assertThat(realm.containsKey("organizations")).isFalse();
        assertThat(realm.getString("displayName")).isEqualTo("Uppföljning");
        assertThat(realm.containsKey("identityProviders")).isFalse();
        try (var files = Files.list(REALM_DIR)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("uppfoljning-realm.json", "demo");
        }
    }

    @Test
    void theDemoAddsItsPeopleOrganisationsAndBrokerAndReplacesTheSystemAdministrator(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("uppfoljning-realm.json");
        Files.copy(REALM_DIR.resolve("uppfoljning-realm.json"), file);
        RealmDemo.mergeInto(file, REALM_DIR);
        JsonObject realm = RealmDemo.read(file);
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class)).extracting(u -> u.getString("username"))
                .contains("kansli", "habo.admin", "annat.kansli", "service-account-uppfoljning-admin")
                .containsOnlyOnce("systemadmin");
        JsonObject systemadmin = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("systemadmin")).findFirst().orElseThrow();
        assertThat(systemadmin.getJsonObject("attributes").getJsonArray("forbund").getString(0)).isEqualTo("uppsala-lan");
        assertThat(realm.getJsonArray("organizations").getValuesAs(JsonObject.class)).extracting(o -> o.getString("alias"))
                .contains("kansliet", "habo", "kansliet-annat");
        assertThat(realm.getJsonArray("identityProviders")).hasSize(1);
        assertThat(realm.getJsonArray("clients").getValuesAs(JsonObject.class)).extracting(c -> c.getString("clientId"))
                .containsExactly("uppfoljning-web", "uppfoljning-intranat", "uppfoljning-admin");
        assertThat(realm.getString("displayName")).isEqualTo("Uppföljning – Samordningsförbundet Uppsala län");
    }

    @Test
    void theEmptyRealmForASecondDeploymentHasItsPlaceholdersResolved() throws Exception {
        JsonObject realm = EmptyRealm.json(REALM_DIR, "uppfoljning-tom", Map.of("UPPFOLJNING_APP_URL", "http://localhost:1/app",
                "UPPFOLJNING_SYSTEMADMIN_PASSWORD", "hemligt"));
        assertThat(realm.getString("realm")).isEqualTo("uppfoljning-tom");
        assertThat(realm.toString()).doesNotContain("${UPPFOLJNING").contains("http://localhost:1/app/Callback", "\"value\":\"hemligt\"");
        assertThat(realm.getJsonArray("clients").getValuesAs(JsonObject.class)).extracting(c -> c.getString("clientId"))
                .contains(TestClient.CLIENT_ID);
    }
}
