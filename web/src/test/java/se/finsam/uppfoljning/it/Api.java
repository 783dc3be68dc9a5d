package se.finsam.uppfoljning.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API under test. */
public final class Api {

    // HTTP/1.1 as the API's clients speak it: the JDK client's own h2c upgrade now and then drops a
    // connection under many concurrent requests (EOF), which tests the client, not the API
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    public record Reply(int status, String body) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public jakarta.json.JsonObject object() {
            return (jakarta.json.JsonObject) json();
        }
    }

    public static Reply get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public static Reply post(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file as the request body (the SUS import). */
    public static Reply postBytes(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static Reply put(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply send(String method, String path, String token, String json) {
        return switch (method) {
            case "GET" -> get(path, token);
            case "POST" -> post(path, token, json);
            case "PUT" -> put(path, token, json == null ? "" : json);
            case "DELETE" -> send(builder(path, token).DELETE().build());
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** A request with headers of the test's own (Accept-Language, ...); {@code json} null for none. */
    public static Reply send(String method, String path, String token, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, token);
        headers.forEach(b::header);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file the API answers with (a PDF, a document, a layout): its status, headers and bytes. */
    public record Fil(int status, HttpHeaders headers, byte[] body) {
        /** The header's first value, or "" when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /**
     * GETs a file; {@code accept} may be null (no Accept header). Rendering a PM on two busy cores
     * takes a while, so it waits longer than the JSON calls do.
     */
    public static Fil file(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token);
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Fil(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the demo insats with this code, as the kansli sees it. */
    public static long insatsId(String kod) {
        Reply r = get("/api/insatser", KeycloakTokens.accessToken("kansli"));
        return ((jakarta.json.JsonArray) r.json()).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(o -> o.getString("kod").equals(kod)).findFirst()
                .orElseThrow(() -> new IllegalStateException("ingen insats " + kod + ": " + r.body()))
                .getJsonNumber("id").longValue();
    }

    private static HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, e.toString());
        }
    }
}
