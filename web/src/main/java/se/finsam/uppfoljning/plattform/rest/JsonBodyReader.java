package se.finsam.uppfoljning.plattform.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first of the two phases every write goes through: decode the whole body, then apply it. This
 * reader takes the API's JSON bodies before the server's JSON-B does, and refuses anything that is
 * not the expected shape with a 400 problem listing every bad field: malformed or truncated JSON,
 * invalid UTF-8, bodies too large or nested too deep, wrong types, unknown fields, and what the
 * input type's Bean Validation constraints refuse. Only a fully decoded, valid value reaches a
 * resource method; business rules there answer 409.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Larger than any half-year data package (about 60 kB today) by two orders of magnitude. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The deepest input type (a data package) nests five levels; JSON-B would recurse without limit. */
    static final int MAX_DEPTH = 32;

    /** Built on first use, so that the parser can be unit-tested without a Bean Validation provider. */
    /**
     * Looked up once: every static {@code Json.createXxx} call asks the service loader for the
     * provider again, which scans the class path's jars; in a profile of saving a quarterly report
     * that lookup was most of the cost of decoding its body.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final class Validators {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonDecoder.supports(genericType == null ? type : genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String text = utf8(entity);
        if (text.isBlank()) {
            throw UppfoljningException.of(PlattformFel.TOM_BEGARAN);
        }
        JsonValue json = parse(text);
        JsonDecoder.Result decoded = JsonDecoder.decode(json, genericType == null ? type : genericType);
        List<FieldError> errors = new ArrayList<>(decoded.errors());
        if (decoded.value() == null && errors.isEmpty()) {
            errors.add(new FieldError("", "Begäran saknar innehåll."));
        }
        if (decoded.value() != null) {
            errors.addAll(violations(decoded.value(), errors));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw UppfoljningException.withFields(PlattformFel.OGILTIGA_UPPGIFTER, errors);
        }
        return decoded.value();
    }

    private static String utf8(InputStream entity) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = entity.read(buffer)) != -1) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_BYTES) {
                throw UppfoljningException.of(PlattformFel.FOR_STOR, MAX_BYTES / (1024 * 1024));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw UppfoljningException.of(PlattformFel.INTE_UTF8);
        }
    }

    /** Parses with an explicit depth limit, so that deeply nested input cannot exhaust the stack. */
    static JsonValue parse(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw syntax("Innehållet är tomt.");
            }
            JsonValue value = read(parser, parser.next(), 0);
            if (parser.hasNext()) {
                throw syntax("Det finns mer efter JSON-värdet.");
            }
            return value;
        } catch (JsonParsingException e) {
            throw syntax(e.getLocation() == null ? "Innehållet är inte giltig JSON."
                    : "Innehållet är inte giltig JSON (rad " + e.getLocation().getLineNumber()
                    + ", kolumn " + e.getLocation().getColumnNumber() + ").");
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException | IllegalStateException
                 | UnsupportedOperationException | NumberFormatException | ArithmeticException e) {
            // the parser's own limits (e.g. a number of 100 000 digits) and its state errors
            throw syntax("Innehållet är inte giltig JSON.");
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, int depth) {
        if (depth > MAX_DEPTH) {
            throw UppfoljningException.of(PlattformFel.FOR_DJUP, MAX_DEPTH);
        }
        return switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                JsonParser.Event e;
                while ((e = parser.next()) != JsonParser.Event.END_OBJECT) {
                    String key = parser.getString();
                    object.add(key, read(parser, parser.next(), depth + 1));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                JsonParser.Event e;
                while ((e = parser.next()) != JsonParser.Event.END_ARRAY) {
                    array.add(read(parser, e, depth + 1));
                }
                yield array.build();
            }
            case VALUE_STRING -> JSON.createValue(parser.getString());
            case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw syntax("Innehållet är inte giltig JSON.");
        };
    }

    private static UppfoljningException syntax(String message) {
        return UppfoljningException.detailed(PlattformFel.INTE_JSON, message, List.of());
    }

    /** Bean Validation on what could be decoded; fields already refused are not reported twice. */
    private static List<FieldError> violations(Object value, List<FieldError> already) {
        Validator validator = Validators.FACTORY.getValidator();
        List<FieldError> found = new ArrayList<>();
        if (value instanceof java.util.Collection<?> elements) {
            // a list body is not a bean: validate each element under its index
            int i = 0;
            for (Object element : elements) {
                if (element != null) {
                    for (ConstraintViolation<Object> v : validator.validate(element)) {
                        found.add(new FieldError("[" + i + "]." + v.getPropertyPath(), v.getMessage()));
                    }
                }
                i++;
            }
        } else {
            for (ConstraintViolation<Object> v : validator.validate(value)) {
                found.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
            }
        }
        return found.stream()
                .filter(f -> already.stream().noneMatch(a -> a.field().equals(f.field())))
                .distinct().toList();
    }
}
