package se.finsam.uppfoljning.attgora;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget's Keycloak client in the realm as code (decision 0030): public, code flow with PKCE S256
 * only, no secret, sent back only to the configured intranet, and tokens of the same shape as the
 * web client's (the application reads both alike; Payara checks no audience).
 */
class IntranatKlientTest {

    private static final Path REALM = Path.of("../keycloak-realm/src/main/resources/realm/uppfoljning-realm.json");

    @Test
    void aPublicClientWithPkceAndTheWebClientsTokenShape() throws IOException {
        JsonObject widget = client("uppfoljning-intranat");
        assertThat(widget.getBoolean("publicClient")).isTrue();
        assertThat(widget.containsKey("secret")).isFalse();
        assertThat(widget.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(widget.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(widget.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(widget.getBoolean("serviceAccountsEnabled")).isFalse();
        assertThat(widget.getJsonObject("attributes").getString("pkce.code.challenge.method")).isEqualTo("S256");
        assertThat(widget.getJsonArray("redirectUris").getString(0)).startsWith("${UPPFOLJNING_INTRANAT_URL:");
        assertThat(widget.getJsonArray("redirectUris")).hasSize(1);
        assertThat(widget.getJsonArray("webOrigins").getString(0)).isEqualTo("+");
        JsonObject web = client("uppfoljning-web");
        assertThat(widget.getJsonArray("protocolMappers")).isEqualTo(web.getJsonArray("protocolMappers"));
        assertThat(widget.getJsonArray("defaultClientScopes")).isEqualTo(web.getJsonArray("defaultClientScopes"));
    }

    private static JsonObject client(String id) throws IOException {
        try (Reader r = Files.newBufferedReader(REALM)) {
            return Json.createReader(r).readObject().getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("clientId").equals(id)).findFirst().orElseThrow();
        }
    }
}
