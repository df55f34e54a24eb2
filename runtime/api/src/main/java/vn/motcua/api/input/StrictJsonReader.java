package vn.motcua.api.input;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import vn.motcua.api.problem.Problem;
import vn.motcua.tenants.problem.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads every JSON request body of the API, strictly, before a resource sees it: at most
 * {@value #MAX_BYTES} bytes ({@code 413} beyond), well-formed JSON nested at most {@value #MAX_DEPTH}
 * levels with no key twice, the types its Java class declares ({@link JsonShape}: no coercion, no
 * unknown property, enum constants and ISO dates only), then bound with JSON-B and checked against
 * the class's Bean Validation constraints (sizes that match the database columns, ranges, required
 * properties). Anything wrong is a 400 problem naming each field and what it must be; a resource
 * receives a body that its types and constraints already hold, or null when the request had none.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 20;
    public static final String BODY = "body";

    @Inject
    Validator validator;

    /**
     * Reads a JSON body into an API type itself, instead of handing it to JSON-B's reader: an
     * interceptor always runs, whereas which of two message body readers for the same types Jersey
     * picks is not defined (it picked JSON-B's on some deployments).
     */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType media = context.getMediaType();
        Class<?> type = context.getType();
        boolean json = media != null && "application".equals(media.getType())
                && ("json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json"));
        String name = type.getName();
        if (!json || type.isPrimitive() || type.isArray() || name.startsWith("java.") || name.startsWith("jakarta.")) {
            return context.proceed();
        }
        return read(context.getGenericType(), context.getInputStream());
    }

    private Object read(Type genericType, InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException(Problem.response(Status.REQUEST_ENTITY_TOO_LARGE,
                    "a request body holds at most " + MAX_BYTES + " bytes"));
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonShape shape = JsonShape.of(genericType);
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue read = shape.read(parse(bytes), "", errors);
        if (errors.containsKey("")) {
            errors.put(BODY, errors.remove(""));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the body is not what this operation takes (" + shape.name() + ")", errors);
        }
        if (read.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Object body;
        try {
            body = Binding.JSONB.fromJson(read.toString(), genericType);
        } catch (JsonbException e) {
            throw new InvalidInput(BODY, "could not be read as " + shape.name() + ": " + e.getMessage());
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The body as one JSON value; a 400 naming {@code body} (or the repeated key) when it is not well-formed, too deep or has a key twice. */
    static JsonValue parse(byte[] bytes) {
        // JSON between systems is UTF-8 (RFC 8259 §8.1); a reader spares the parser guessing the encoding of a short body
        try (JsonParser parser = Json.createParser(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonValue value = value(parser, parser.next(), "", 1);
            if (parser.hasNext()) {
                throw new InvalidInput(BODY, "holds more than one JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInput("the body is not valid JSON", Map.of(BODY, "is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
                    + ": " + e.getMessage()));
        } catch (JsonException | NoSuchElementException e) {
            throw new InvalidInput("the body is not valid JSON", Map.of(BODY, "is not valid JSON: " + e.getMessage()));
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        switch (event) {
            case START_OBJECT -> {
                deep(depth);
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String at = JsonShape.join(path, key);
                    if (!keys.add(key)) {
                        throw new InvalidInput("the body has a key twice", Map.of(at, "appears twice"));
                    }
                    object.add(key, value(parser, parser.next(), at, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                deep(depth);
                JsonArrayBuilder array = Json.createArrayBuilder();
                int i = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, JsonShape.join(path, Integer.toString(i++)), depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new InvalidInput(BODY, "is not valid JSON: unexpected " + event);
        }
    }

    /** JSON-B (Yasson in Payara), created on first use. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private static void deep(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInput("the body is nested too deeply", Map.of(BODY, "is nested deeper than " + MAX_DEPTH + " levels"));
        }
    }
}
