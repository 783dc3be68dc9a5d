package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The client tests and benchmarks get tokens from, with the password grant that OAuth 2.1 drops and
 * the production client {@code uppfoljning-web} therefore refuses. It exists only in the realm the
 * dev and test stacks import, never in {@code keycloak-realm/}. It is a copy of the production
 * client's token shape (the same mappers: roles as groups, förbund, audience uppfoljning-web), so
 * the application verifies its tokens exactly as it verifies those of a signed-in person.
 */
public final class TestClient {

    public static final String CLIENT_ID = "uppfoljning-test";
    public static final String SECRET = "demo-secret-uppfoljning-test";
    private static final String PRODUCTION_CLIENT = "uppfoljning-web";

    private TestClient() {
    }

    static void addTo(Path realmFile) throws IOException {
        JsonObject realm = RealmDemo.read(realmFile);
        JsonArrayBuilder clients = Json.createArrayBuilder();
        JsonObject production = null;
        for (JsonValue v : realm.getJsonArray("clients")) {
            clients.add(v);
            if (PRODUCTION_CLIENT.equals(v.asJsonObject().getString("clientId", ""))) {
                production = v.asJsonObject();
            }
        }
        if (production == null) {
            throw new IOException("Klienten " + PRODUCTION_CLIENT + " saknas i " + realmFile);
        }
        JsonObject test = Json.createObjectBuilder(production)
                .add("clientId", CLIENT_ID)
                .add("name", "Uppföljning – tester och mätningar")
                .add("secret", SECRET)
                .add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .add("redirectUris", JsonValue.EMPTY_JSON_ARRAY)
                .add("attributes", JsonValue.EMPTY_JSON_OBJECT)
                .remove("rootUrl").remove("baseUrl").remove("id")
                .build();
        clients.add(test);
        RealmDemo.write(realmFile, Json.createObjectBuilder(realm).add("clients", clients).build());
    }
}
