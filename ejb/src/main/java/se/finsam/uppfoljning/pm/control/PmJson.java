package se.finsam.uppfoljning.pm.control;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.io.StringReader;

/**
 * A frozen PM's snapshot as JSON: the PM's DTOs written with JSON-B (properties in a fixed order, so
 * that two snapshots of the same data are the same text) and read back into the same records.
 */
public final class PmJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.LEXICOGRAPHICAL));

    private PmJson() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static JsonValue tree(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
