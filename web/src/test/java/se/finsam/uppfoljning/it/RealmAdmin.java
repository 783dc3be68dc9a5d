package se.finsam.uppfoljning.it;

import jakarta.json.Json;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The test Keycloak's Admin REST API as its master administrator (admin/admin of the dev stack): for
 * tests that look behind the application at what it did in Keycloak, or set up a realm of their own.
 */
public final class RealmAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RealmAdmin() {
    }

    public static String base() {
        return "http://localhost:" + Integer.getInteger("it.keycloak.port");
    }

    /** {@code path} below {@code /admin/realms}, e.g. {@code /uppfoljning/users?username=x}. */
    public static HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return call(b.build());
    }

    public static String get(String path) {
        return send("GET", path, null).body();
    }

    private static String token() {
        HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build());
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
