package se.finsam.uppfoljning.pm.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between a frozen PM's snapshot and the same PM built from today's data, field by
 * field. Rows that stand for an insats (objects with an {@code insatsId}) are matched by that id, not
 * by their place, so an insats added or gone is one change rather than a shifted table; each change
 * names the insats as the PM does.
 */
public final class Andringar {

    /**
     * One difference. {@code del}: the top-level part of the PM ("tabell4", "texter"); {@code rad}: the
     * insats it concerns, or null; {@code falt}: the path below that ("helaAret.utfallTsek");
     * {@code fore}/{@code efter}: the values as JSON text, null where absent.
     */
    public record Andring(String del, String rad, String falt, String fore, String efter) {
    }

    private Andringar() {
    }

    public static List<Andring> mellan(JsonValue fore, JsonValue efter) {
        List<Andring> out = new ArrayList<>();
        if (fore instanceof JsonObject f && efter instanceof JsonObject e) {
            for (String key : keys(f, e)) {
                walk(key, null, "", f.get(key), e.get(key), out);
            }
        } else if (!Objects.equals(fore, efter)) {
            out.add(new Andring("", null, "", text(fore), text(efter)));
        }
        return out;
    }

    private static void walk(String del, String rad, String falt, JsonValue f, JsonValue e, List<Andring> out) {
        if (Objects.equals(f, e)) {
            return;
        }
        if (f instanceof JsonObject fo && e instanceof JsonObject eo) {
            for (String key : keys(fo, eo)) {
                walk(del, rad, join(falt, key), fo.get(key), eo.get(key), out);
            }
        } else if (f instanceof JsonArray fa && e instanceof JsonArray ea) {
            Map<String, JsonValue> fr = rows(fa);
            Map<String, JsonValue> er = rows(ea);
            if (fr != null && er != null) {
                for (String id : union(fr, er)) {
                    JsonValue a = fr.get(id);
                    JsonValue b = er.get(id);
                    // within an insats's row the field is named from the row: the insats names where it is
                    walk(del, namn(a, b), "", a, b, out);
                }
            } else {
                for (int i = 0; i < Math.max(fa.size(), ea.size()); i++) {
                    walk(del, rad, falt + "[" + i + "]", i < fa.size() ? fa.get(i) : null, i < ea.size() ? ea.get(i) : null, out);
                }
            }
        } else {
            out.add(new Andring(del, rad, falt, text(f), text(e)));
        }
    }

    /** Rows keyed by insatsId when every element is such a row; null otherwise. */
    private static Map<String, JsonValue> rows(JsonArray a) {
        Map<String, JsonValue> rows = new LinkedHashMap<>();
        for (JsonValue v : a) {
            if (!(v instanceof JsonObject o) || !(o.get("insatsId") instanceof JsonNumber id)) {
                return null;
            }
            rows.put(id.toString(), v);
        }
        return rows;
    }

    private static String namn(JsonValue a, JsonValue b) {
        for (JsonValue v : new JsonValue[]{b, a}) {
            if (v instanceof JsonObject o && o.get("namn") instanceof JsonString s) {
                return s.getString();
            }
        }
        return null;
    }

    private static List<String> union(Map<String, JsonValue> a, Map<String, JsonValue> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static TreeSet<String> keys(JsonObject a, JsonObject b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
