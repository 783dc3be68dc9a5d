package se.finsam.uppfoljning.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Real access tokens from the build's Keycloak, for the demo users of keycloak-realm/. */
public final class KeycloakTokens {

    public static final String CLIENT_ID = se.finsam.uppfoljning.devstack.TestClient.CLIENT_ID;
    public static final String CLIENT_SECRET = se.finsam.uppfoljning.devstack.TestClient.SECRET;
    public static final String PASSWORD = "demo";

    private KeycloakTokens() {
    }

    public static String issuer() {
        return "http://localhost:" + Integer.getInteger("it.keycloak.port") + "/realms/uppfoljning";
    }

    public static String accessToken(String username) {
        String form = "grant_type=password&scope=openid%20organization"
                + "&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak gav " + response.statusCode() + ": " + response.body());
            }
            JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
            return body.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token, decoded without verification: for asserting what Keycloak put in. */
    public static JsonObject claims(String token) {
        String payload = token.split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
