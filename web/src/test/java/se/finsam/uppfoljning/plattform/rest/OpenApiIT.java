package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Deployments;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /openapi answers on the first request after deployment, in JSON and YAML, and documents every
 * JAX-RS resource method of the WAR (found here by reflection over the WAR's classes, not from the
 * document's own list): summary, roles, path parameters, request and response schemas, and the
 * problem responses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theDocumentListsEveryResourceMethodWithSchemasAndRoles() throws Exception {
        HttpResponse<String> json = get("application/json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        HttpResponse<String> yaml = get("*/*"); // YAML is the default format
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi:").contains("/kvartal/{ar}/{kvartal}");

        JsonObject document = Json.createReader(new StringReader(json.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, Method> expected = resourceMethods();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);

        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Method> e : expected.entrySet()) {
            String verb = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = e.getKey().substring(verb.length() + 1);
            JsonObject item = paths.getJsonObject(path);
            JsonObject op = item == null ? null : item.getJsonObject(verb.toLowerCase());
            if (op == null) {
                missing.add(e.getKey());
                continue;
            }
            Method m = e.getValue();
            assertThat(op.getString("summary", "")).as(e.getKey() + " summary").isNotBlank();
            assertThat(op.containsKey("x-roller")).as(e.getKey() + " roller").isTrue();
            JsonObject responses = op.getJsonObject("responses");
            assertThat(responses.keySet()).as(e.getKey() + " svar").contains("400", "401", "403", "404", "409");
            assertThat(responses.getJsonObject("400").getJsonObject("content").getJsonObject("application/problem+json")
                    .getJsonObject("schema").getString("$ref")).endsWith("/Problem");
            if (m.getReturnType() != void.class && m.getReturnType() != jakarta.ws.rs.core.Response.class) {
                assertThat(schemaOf(responses.getJsonObject("200"))).as(e.getKey() + " svarsschema").isNotNull();
            } else {
                assertThat(responses.keySet()).as(e.getKey() + " lyckat svar").containsAnyOf("200", "201", "204");
            }
            boolean hasBody = Stream.of(m.getParameters()).anyMatch(p -> p.getAnnotations().length == 0);
            if (hasBody) {
                JsonObject body = op.getJsonObject("requestBody");
                assertThat(body).as(e.getKey() + " begäran").isNotNull();
                JsonObject schema = schemaOf(body);
                assertThat(schema).as(e.getKey() + " begäransschema").isNotNull();
                if ("binary".equals(schema.getString("format", ""))) {
                    continue; // a file as the body (the SUS import): nothing more to describe
                }
                String ref = schema.containsKey("$ref") ? schema.getString("$ref")
                        : schema.getJsonObject("items").getString("$ref");
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                assertThat(schemas.getJsonObject(name).getJsonObject("properties")).as(name).isNotEmpty();
            }
            long pathParams = path.chars().filter(c -> c == '{').count();
            assertThat(op.getJsonArray("parameters") == null ? 0 : op.getJsonArray("parameters").getValuesAs(JsonObject.class)
                    .stream().filter(p -> p.getString("in").equals("path")).count()).as(e.getKey() + " parametrar").isEqualTo(pathParams);
        }
        assertThat(missing).as("resursmetoder som saknas i /openapi").isEmpty();
        // the write model carries its Bean Validation constraints
        JsonObject utkast = schemas.getJsonObject("Utkast");
        assertThat(utkast.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("version");
        assertThat(utkast.getJsonObject("properties").getJsonObject("meddelande").getInt("maxLength")).isEqualTo(4000);
    }

    private static JsonObject schemaOf(JsonObject withContent) {
        if (withContent == null || !withContent.containsKey("content")) {
            return null;
        }
        JsonObject content = withContent.getJsonObject("content");
        JsonValue media = content.values().iterator().next();
        return media.asJsonObject().getJsonObject("schema");
    }

    private static HttpResponse<String> get(String accept) throws Exception {
        String base = Deployments.baseUrl().replace("/" + Deployments.CONTEXT, "");
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi")).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every resource method of the WAR's own classes, by reflection: "GET /insatser/{id}" → method. */
    private static Map<String, Method> resourceMethods() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(System.getProperty("war.file")).resolveSibling("classes");
        Map<String, Method> out = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, OpenApiIT.class.getClassLoader());
                Path base = c.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path own = m.getAnnotation(Path.class);
                    String path = ("/" + base.value() + "/" + (own == null ? "" : own.value())).replaceAll("/+", "/");
                    if (path.length() > 1 && path.endsWith("/")) {
                        path = path.substring(0, path.length() - 1);
                    }
                    out.put(verb + " " + path, m);
                }
            }
        }
        return out;
    }
}
