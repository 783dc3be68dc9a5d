package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo part of the realm ({@code keycloak-realm/.../realm/demo/}): its users, the partner
 * organisations of the two demo förbund and the Region's identity provider, kept out of the realm
 * file an empty install imports. The dev and test stacks merge it into that file before Keycloak
 * imports it: a demo user replaces a base user of the same name (the demo's system administrator
 * belongs to the demo förbund), every other list is appended to, and a single value (the realm's
 * display name, which names the demo förbund) replaces the realm's.
 */
public final class RealmDemo {

    static final String FILE = "uppfoljning-demo.json";

    private RealmDemo() {
    }

    public static Path directory(Path realmDir) {
        return realmDir.resolve("demo");
    }

    static void mergeInto(Path realmFile, Path realmDir) throws IOException {
        JsonObject realm = read(realmFile);
        JsonObject demo = read(directory(realmDir).resolve(FILE));
        JsonObjectBuilder merged = Json.createObjectBuilder(realm);
        for (Map.Entry<String, JsonValue> part : demo.entrySet()) {
            if (part.getValue().getValueType() != JsonValue.ValueType.ARRAY) {
                if (!"realm".equals(part.getKey())) {
                    merged.add(part.getKey(), part.getValue()); // the demo's own settings, such as its display name
                }
                continue;
            }
            if ("users".equals(part.getKey())) {
                Map<String, JsonValue> users = new LinkedHashMap<>();
                realm.getJsonArray("users").forEach(u -> users.put(u.asJsonObject().getString("username"), u));
                part.getValue().asJsonArray().forEach(u -> users.put(u.asJsonObject().getString("username"), u));
                merged.add("users", Json.createArrayBuilder(users.values().stream().toList()));
            } else {
                JsonArrayBuilder list = realm.containsKey(part.getKey())
                        ? Json.createArrayBuilder(realm.getJsonArray(part.getKey())) : Json.createArrayBuilder();
                part.getValue().asJsonArray().forEach(list::add);
                merged.add(part.getKey(), list);
            }
        }
        write(realmFile, merged.build());
    }

    static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Json.createReader(in).readObject();
        }
    }

    static void write(Path file, JsonObject json) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json);
        }
    }
}
