package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm of an empty install, under another name, for a second deployment beside the demo realm
 * in the same Keycloak: {@code keycloak-realm/}'s realm file without the demo part, with its
 * {@code ${VARIABLE:default}} placeholders resolved here (Keycloak resolves them only when it
 * imports files at start, not for a realm created through its Admin API) and the test client added.
 */
public final class EmptyRealm {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private EmptyRealm() {
    }

    /** {@code values}: the placeholders to set, e.g. the application's address; the others take their defaults. */
    public static JsonObject json(Path realmDir, String name, Map<String, String> values) throws IOException {
        String text = Files.readString(realmDir.resolve(LocalKeycloak.REALM + "-realm.json"), StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group(2));
            if (value == null) {
                throw new IOException("Realmfilen behöver " + m.group(1) + " och testet gav inget värde");
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        m.appendTail(resolved);
        Path file = Files.createTempFile("realm", ".json");
        try {
            Files.writeString(file, resolved);
            TestClient.addTo(file);
            return Json.createObjectBuilder(RealmDemo.read(file)).add("realm", name).build();
        } finally {
            Files.delete(file);
        }
    }
}
