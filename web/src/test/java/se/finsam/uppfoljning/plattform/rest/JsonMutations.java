package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Malformed and mistyped variants of a valid JSON body, for fuzzing the API's decoding: truncations,
 * every field replaced by values of the wrong type, by null, by huge strings, unknown fields in
 * every object, deep nesting, invalid UTF-8, and bare garbage. Deterministic, so a failure can be
 * reproduced by its name.
 */
final class JsonMutations {

    record Body(String name, byte[] bytes) {
        static Body of(String name, String text) {
            return new Body(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private JsonMutations() {
    }

    static List<Body> of(JsonValue base) {
        String text = base.toString();
        List<Body> bodies = new ArrayList<>();
        truncations(text, bodies);
        for (Map.Entry<String, UnaryOperator<JsonValue>> field : fields(base).entrySet()) {
            JsonValue current = get(base, field.getKey());
            for (JsonValue wrong : wrongValues(current)) {
                bodies.add(Body.of("typ " + field.getKey() + "=" + abbreviate(wrong.toString()),
                        field.getValue().apply(wrong).toString()));
            }
            if (current.getValueType() == JsonValue.ValueType.STRING) {
                bodies.add(Body.of("lång text " + field.getKey(),
                        field.getValue().apply(Json.createValue("x".repeat(100_000))).toString()));
                bodies.add(Body.of("kontrolltecken " + field.getKey(),
                        field.getValue().apply(Json.createValue("\u0000\u202e<script>")).toString()));
                String marker = "\"" + ((jakarta.json.JsonString) current).getString() + "\"";
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                int at = indexOf(utf8, marker.getBytes(StandardCharsets.UTF_8));
                if (at >= 0) {
                    bodies.add(new Body("ogiltig UTF-8 " + field.getKey(), insert(utf8, at + 1, new byte[]{(byte) 0xC3, 0x28})));
                    bodies.add(new Body("ogiltig UTF-8 ff " + field.getKey(), insert(utf8, at + 1, new byte[]{(byte) 0xFF})));
                    bodies.add(new Body("överlång UTF-8 " + field.getKey(), insert(utf8, at + 1, new byte[]{(byte) 0xC0, (byte) 0xAF})));
                }
            }
            if (current.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject withUnknown = Json.createObjectBuilder(current.asJsonObject()).add("okantFalt", 1).build();
                bodies.add(Body.of("okänt fält i " + field.getKey(), field.getValue().apply(withUnknown).toString()));
            }
            bodies.add(Body.of("djupt " + field.getKey(), field.getValue().apply(deep(60)).toString()));
        }
        garbage(text, bodies);
        return bodies;
    }

    /** Bodies that are never valid JSON for any operation, for operations whose input is the path. */
    static List<Body> garbageOnly() {
        List<Body> bodies = new ArrayList<>();
        garbage("{}", bodies);
        return bodies;
    }

    private static void truncations(String text, List<Body> bodies) {
        int steps = Math.min(text.length() - 1, 24);
        for (int i = 0; i < steps; i++) {
            int length = (int) ((long) (text.length() - 1) * i / steps);
            bodies.add(Body.of("avkortad " + length, text.substring(0, Math.max(1, length))));
        }
    }

    private static void garbage(String text, List<Body> bodies) {
        String[] samples = {"{", "}", "[", "]", "{\"a\":", "{\"a\"", "{,}", "{'version':1}", "nul", "tru",
                "NaN", "Infinity", "-", "1e", "\"", "\"\\u12\"", "\\", "{\"a\":1}}", "[1,]", "{\"a\":1,}",
                "{\"a\" 1}", "{1:2}", text + text, text + ",", "\uFEFF" + text.substring(0, text.length() / 2),
                "<xml/>", "a=1&b=2", "[" + "[".repeat(100_000), "{\"a\":".repeat(50_000),
                "[" + "0,".repeat(200_000) + "0]", "{\"x\":" + "9".repeat(100_000) + "}",
                "{\"version\":1e999999999}", "{\"version\":-1e999999999}", "{\"version\":0.5}",
                "\"" + "x".repeat(2_000_000) + "\"", "[null]", "[[]]", "[{}]", "[\"x\"]", "[1]",
                "\"text\"", "123", "true", "null", "[]", "{}"};
        for (int i = 0; i < samples.length; i++) {
            bodies.add(Body.of("skräp " + i + " " + abbreviate(samples[i]), samples[i]));
        }
        bodies.add(new Body("ogiltig UTF-8 ensam", new byte[]{'{', '"', (byte) 0xFE, '"', ':', '1', '}'}));
        bodies.add(new Body("binär", new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, (byte) 0x80, 0x7F}));
        bodies.add(new Body("9 MB", ("{\"a\":\"" + "y".repeat(9 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    private static List<JsonValue> wrongValues(JsonValue current) {
        List<JsonValue> wrong = new ArrayList<>();
        switch (current.getValueType()) {
            case STRING -> wrong.addAll(List.of(Json.createValue(12345), JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT,
                    JsonValue.EMPTY_JSON_ARRAY));
            case NUMBER -> wrong.addAll(List.of(Json.createValue("tolv"), Json.createValue(1.5), JsonValue.FALSE,
                    Json.createValue(new java.math.BigDecimal("1e400")),
                    Json.createValue(new java.math.BigInteger("-99999999999999999999999")), JsonValue.EMPTY_JSON_ARRAY));
            case TRUE, FALSE -> wrong.addAll(List.of(Json.createValue("ja"), Json.createValue(1), JsonValue.EMPTY_JSON_OBJECT));
            case ARRAY -> wrong.addAll(List.of(JsonValue.EMPTY_JSON_OBJECT, Json.createValue("lista"),
                    Json.createArrayBuilder().add("skräp").add(7).build(), Json.createArrayBuilder().addNull().build()));
            case OBJECT -> wrong.addAll(List.of(JsonValue.EMPTY_JSON_ARRAY, Json.createValue("objekt"), Json.createValue(0)));
            default -> wrong.add(Json.createValue("x"));
        }
        wrong.add(JsonValue.NULL);
        return wrong;
    }

    private static JsonValue deep(int levels) {
        JsonValue v = Json.createValue(1);
        for (int i = 0; i < levels; i++) {
            v = i % 2 == 0 ? Json.createArrayBuilder().add(v).build() : Json.createObjectBuilder().add("a", v).build();
        }
        return v;
    }

    /** Every path below the root, with a function that returns the root with that path replaced. */
    private static Map<String, UnaryOperator<JsonValue>> fields(JsonValue root) {
        Map<String, UnaryOperator<JsonValue>> out = new LinkedHashMap<>();
        collect(root, "", UnaryOperator.identity(), out, 0);
        return out;
    }

    private static void collect(JsonValue node, String path, UnaryOperator<JsonValue> replaceHere,
                                Map<String, UnaryOperator<JsonValue>> out, int depth) {
        if (!path.isEmpty()) {
            out.put(path, replaceHere);
        }
        if (depth > 4) {
            return;
        }
        if (node instanceof JsonObject o) {
            for (String key : o.keySet()) {
                collect(o.get(key), path.isEmpty() ? key : path + "." + key,
                        v -> replaceHere.apply(Json.createObjectBuilder(o).add(key, v).build()), out, depth + 1);
            }
        } else if (node instanceof JsonArray a && !a.isEmpty()) {
            // the first element stands for all of them
            collect(a.get(0), path + "[0]", v -> {
                JsonArrayBuilder b = Json.createArrayBuilder(a);
                b.set(0, v);
                return replaceHere.apply(b.build());
            }, out, depth + 1);
        }
    }

    private static JsonValue get(JsonValue root, String path) {
        JsonValue v = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (!key.isEmpty()) {
                v = v.asJsonObject().get(key);
            }
            if (bracket >= 0) {
                v = v.asJsonArray().get(0);
            }
        }
        return v;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] extra) {
        byte[] out = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…(" + s.length() + ")" : s;
    }
}
