package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a parsed JSON value into the record a resource method takes, reporting every field that
 * does not fit at once (path, Swedish reason) instead of stopping at the first, as JSON-B does.
 * A field that does not fit is left null, so that Bean Validation can still look at the rest and
 * the caller gets one complete answer. Unknown fields are refused: a misspelt field name would
 * otherwise be silently ignored and its value lost.
 *
 * <p>Supports what the API's input types use: records, lists and sets, strings, whole numbers,
 * decimals, booleans, ISO dates and enums.
 */
public final class JsonDecoder {

    /** No list in any input may be longer; a data package holds a few hundred rows. */
    static final int MAX_ELEMENTS = 10_000;

    private final List<FieldError> errors = new ArrayList<>();

    public record Result(Object value, List<FieldError> errors) {
    }

    public static Result decode(JsonValue json, Type type) {
        JsonDecoder decoder = new JsonDecoder();
        Object value = decoder.value(json, type, "");
        return new Result(value, List.copyOf(decoder.errors));
    }

    /** Whether this decoder knows the type; the server's JSON-B handles the rest. */
    public static boolean supports(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord();
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Type element = p.getActualTypeArguments()[0];
            return element == String.class || supports(element);
        }
        return false;
    }

    private Object value(JsonValue json, Type type, String path) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                error(path, "Värde måste anges.");
            }
            return null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return collection(json, raw, p.getActualTypeArguments()[0], path);
        }
        if (!(type instanceof Class<?> c)) {
            error(path, "Fältet kan inte tolkas.");
            return null;
        }
        if (c == String.class) {
            return json instanceof JsonString s ? s.getString() : wrong(path, "text");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return wholeNumber(json, c, path);
        }
        if (c == BigDecimal.class) {
            return json instanceof JsonNumber n ? n.bigDecimalValue() : wrong(path, "ett tal");
        }
        if (c == Boolean.class || c == boolean.class) {
            return switch (json.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> wrong(path, "true eller false");
            };
        }
        if (c == LocalDate.class) {
            return date(json, path);
        }
        if (c.isEnum()) {
            return enumValue(json, c, path);
        }
        if (c.isRecord()) {
            return record(json, c, path);
        }
        if (c == JsonValue.class || c == Object.class) {
            return json;
        }
        error(path, "Fältet kan inte tolkas.");
        return null;
    }

    private Object wholeNumber(JsonValue json, Class<?> c, String path) {
        boolean isLong = c == Long.class || c == long.class;
        if (!(json instanceof JsonNumber n)) {
            return wrong(path, "ett heltal");
        }
        BigDecimal d = n.bigDecimalValue();
        try {
            // a fraction, an exponent beyond the range, 1e999999: all refused without building a huge number
            if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
                return wrong(path, "ett heltal");
            }
            if (isLong) {
                return Long.valueOf(d.longValueExact());
            }
            // not a conditional expression: that would widen the int to a Long
            return Integer.valueOf(d.intValueExact());
        } catch (ArithmeticException tooLarge) {
            error(path, "Talet är för stort.");
            return null;
        }
    }

    private Object date(JsonValue json, String path) {
        if (json instanceof JsonString s && s.getString().length() <= 10) {
            try {
                return LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(path, "Ska vara ett datum (ÅÅÅÅ-MM-DD).");
        return null;
    }

    private Object enumValue(JsonValue json, Class<?> c, String path) {
        Object[] constants = c.getEnumConstants();
        if (json instanceof JsonString s) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(s.getString())) {
                    return constant;
                }
            }
        }
        error(path, "Ska vara ett av " + Arrays.stream(constants).map(Object::toString)
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    private Object collection(JsonValue json, Class<?> raw, Type elementType, String path) {
        if (!(json instanceof JsonArray array)) {
            return wrong(path, "en lista");
        }
        if (array.size() > MAX_ELEMENTS) {
            error(path, "Listan får ha högst " + MAX_ELEMENTS + " element.");
            return null;
        }
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                // no input of the API has a list with holes in it
                error(at, "Värde måste anges.");
            }
            values.add(value(array.get(i), elementType, at));
        }
        if (Set.class.isAssignableFrom(raw)) {
            return new LinkedHashSet<>(values);
        }
        // List.copyOf refuses nulls; an element that did not fit is null and already reported
        return java.util.Collections.unmodifiableList(values);
    }

    private Object record(JsonValue json, Class<?> c, String path) {
        if (!(json instanceof JsonObject object)) {
            return wrong(path, "ett objekt");
        }
        RecordComponent[] components = c.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        object.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> error(join(path, k), "Okänt fält."));
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            args[i] = value(object.get(rc.getName()), rc.getGenericType(), join(path, rc.getName()));
            if (args[i] == null && types[i].isPrimitive()) {
                args[i] = zero(types[i]);
            }
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // the record's own guard refused a value; what it refused is reported by name where known
            if (errors.size() == before) {
                String reason = e.getCause() == null || e.getCause().getMessage() == null
                        ? "Uppgifterna är inte giltiga." : e.getCause().getMessage();
                error(path.isEmpty() ? "" : path, reason);
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Indatatypen " + c.getName() + " kan inte skapas", e);
        }
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        return 0;
    }

    private Object wrong(String path, String expected) {
        error(path, "Ska vara " + expected + ".");
        return null;
    }

    private void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
