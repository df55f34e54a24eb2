package vn.motcua.api.input;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.api.openapi.ApiDocument;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON a Java type of the API reads or writes, derived from the type itself: the one description
 * that the request reader enforces ({@link StrictJsonReader}) and the OpenAPI document publishes
 * ({@link ApiDocument}), so the two cannot drift apart.
 *
 * <p>Reading is strict: a string is not a number and a number not a string, an integer has no
 * fraction and fits its Java type, an enum is one of its constants exactly, a date is ISO
 * {@code 2026-09-01} and a time {@code 07:30}, an object has the properties of its class and no
 * other (read-only ones are accepted and dropped), and no array element or map value is null.
 * Required properties (Bean Validation's {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, or
 * {@code @Schema(required = true)} where a domain rule checks the rest) must be present and not null;
 * sizes and ranges (the fields' {@code @Size}, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}) hold on the JSON as sent, before a constructor trims or drops a value. All of
 * it is reported at once, before any domain rule or lookup; the other constraints ({@code @NotBlank},
 * {@code @Email}) are checked by Bean Validation after binding.
 */
public final class JsonShape {

    public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, ENUM, DATE, TIME, DATE_TIME, ARRAY, MAP, OBJECT, ANY }

    /** Numbers beyond this many digits (or this exponent) are no value the API holds; refusing them keeps arithmetic cheap. */
    public static final int MAX_DIGITS = 40;

    private static final Map<Class<?>, Model> MODELS = new ConcurrentHashMap<>();

    public final Kind kind;
    public final Class<?> type;
    /** The constraints and {@link Schema} annotations on this value: type-use annotations and, for a property, its field's. */
    public final Set<Annotation> annotations;
    /** The element of an ARRAY, the value of a MAP. */
    public final JsonShape items;
    private final Model model;

    private JsonShape(Kind kind, Class<?> type, Set<Annotation> annotations, JsonShape items, Model model) {
        this.kind = kind;
        this.type = type;
        this.annotations = annotations;
        this.items = items;
        this.model = model;
    }

    public static JsonShape of(Type type) {
        return of(new PlainType(type), Set.of());
    }

    /** A property of an OBJECT, in the order of the class's fields. */
    public record Property(String name, JsonShape shape, boolean required, boolean readOnly, boolean primitive) {
    }

    public Collection<Property> properties() {
        return model == null ? List.of() : model.properties.values();
    }

    /** The OBJECT's name in the document: {@code ReceiveRequest}, {@code TenantRequests.Create}. */
    public String name() {
        Schema schema = type.getAnnotation(Schema.class);
        if (schema != null && !schema.name().isBlank()) {
            return schema.name();
        }
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    public <A extends Annotation> A annotation(Class<A> kind) {
        for (Annotation a : annotations) {
            if (kind.isInstance(a)) {
                return kind.cast(a);
            }
        }
        return null;
    }

    /** What a value must be, for messages: "an integer", "one of IN_PERSON, ONLINE, POSTAL". */
    public String expected() {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ENUM -> "one of " + String.join(", ", constants());
            case DATE -> "a date such as 2026-09-01";
            case TIME -> "a time such as 07:30";
            case DATE_TIME -> "an instant such as 2026-03-02T08:00:00+07:00";
            case ARRAY -> "an array";
            case MAP, OBJECT -> "an object";
            case ANY -> "a JSON value";
        };
    }

    public List<String> constants() {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The inclusive range of an INTEGER of this Java type, or null for BigInteger. */
    public BigInteger[] range() {
        if (type == int.class || type == Integer.class) {
            return new BigInteger[]{BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
        }
        if (type == long.class || type == Long.class) {
            return new BigInteger[]{BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
        }
        if (type == short.class || type == Short.class) {
            return new BigInteger[]{BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
        }
        if (type == byte.class || type == Byte.class) {
            return new BigInteger[]{BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)};
        }
        return null;
    }

    /**
     * Checks {@code value} against this shape and returns it ready for binding (read-only properties
     * dropped, integers written plainly), or records what is wrong under its path in {@code errors}.
     */
    public JsonValue read(JsonValue value, String path, Map<String, String> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        switch (kind) {
            case ANY:
                return value;
            case STRING:
                if (!(value instanceof JsonString s)) {
                    return wrong(value, path, errors);
                }
                size(s.getString().length(), "characters", path, errors);
                return value;
            case BOOLEAN:
                return value == JsonValue.TRUE || value == JsonValue.FALSE ? value : wrong(value, path, errors);
            case INTEGER:
                return integer(value, path, errors);
            case NUMBER:
                if (!(value instanceof JsonNumber n)) {
                    return wrong(value, path, errors);
                }
                if (!holdable(n.bigDecimalValue())) {
                    errors.put(path, "is not a number this API holds (more than " + MAX_DIGITS + " digits)");
                } else {
                    range(n.bigDecimalValue(), path, errors);
                }
                return value;
            case ENUM:
                if (value instanceof JsonString s && constants().contains(s.getString())) {
                    return value;
                }
                return wrong(value, path, errors);
            case DATE:
                return parsed(value, path, errors, s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
            case TIME:
                return parsed(value, path, errors, s -> LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME));
            case DATE_TIME:
                return parsed(value, path, errors, s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case ARRAY:
                return array(value, path, errors);
            case MAP:
                return map(value, path, errors);
            case OBJECT:
                return object(value, path, errors);
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private JsonValue integer(JsonValue value, String path, Map<String, String> errors) {
        if (!(value instanceof JsonNumber n)) {
            return wrong(value, path, errors);
        }
        BigDecimal d = n.bigDecimalValue();
        if (!holdable(d)) {
            errors.put(path, "is not a number this API holds (more than " + MAX_DIGITS + " digits)");
            return value;
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            errors.put(path, "must be an integer, not " + describe(value));
            return value;
        }
        BigInteger whole = d.toBigIntegerExact();
        BigInteger[] range = range();
        if (range != null && (whole.compareTo(range[0]) < 0 || whole.compareTo(range[1]) > 0)) {
            errors.put(path, "must be an integer from " + range[0] + " to " + range[1] + ", not " + d.toPlainString());
            return value;
        }
        range(d, path, errors);
        return Json.createValue(whole);
    }

    /**
     * The {@code @Size} of this value, checked on the JSON as sent (before a constructor trims or drops
     * anything): strings in characters, as Bean Validation counts them, arrays and maps in entries.
     */
    private void size(int count, String unit, String path, Map<String, String> errors) {
        Size size = annotation(Size.class);
        if (size != null && count > size.max()) {
            errors.put(path, "must have at most " + size.max() + " " + unit + ", not " + count);
        } else if (size != null && count < size.min()) {
            errors.put(path, "must have at least " + size.min() + " " + unit + ", not " + count);
        }
    }

    /** The bounds of this number ({@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @PositiveOrZero}), on the JSON as sent. */
    private void range(BigDecimal n, String path, Map<String, String> errors) {
        BigDecimal[] bounds = bounds();
        if (bounds[0] != null && n.compareTo(bounds[0]) < 0 || bounds[1] != null && n.compareTo(bounds[1]) > 0) {
            String limits = bounds[0] != null && bounds[1] != null ? "from " + bounds[0].toPlainString() + " to " + bounds[1].toPlainString()
                    : bounds[0] != null ? "at least " + bounds[0].toPlainString() : "at most " + bounds[1].toPlainString();
            errors.put(path, "must be " + limits + ", not " + n.toPlainString());
        }
    }

    /** The inclusive lower and upper bound the constraints set, either null when none. */
    public BigDecimal[] bounds() {
        BigDecimal low = null;
        BigDecimal high = null;
        for (Annotation a : annotations) {
            if (a instanceof Min min) {
                low = BigDecimal.valueOf(min.value());
            } else if (a instanceof Max max) {
                high = BigDecimal.valueOf(max.value());
            } else if (a instanceof DecimalMin min) {
                low = new BigDecimal(min.value());
            } else if (a instanceof DecimalMax max) {
                high = new BigDecimal(max.value());
            } else if (a instanceof PositiveOrZero) {
                low = BigDecimal.ZERO;
            }
        }
        return new BigDecimal[]{low, high};
    }

    private static boolean holdable(BigDecimal d) {
        return d.precision() <= MAX_DIGITS && Math.abs((long) d.scale()) <= MAX_DIGITS;
    }

    private JsonValue parsed(JsonValue value, String path, Map<String, String> errors, Function<String, ?> parser) {
        if (!(value instanceof JsonString s)) {
            return wrong(value, path, errors);
        }
        try {
            parser.apply(s.getString());
            return value;
        } catch (DateTimeParseException e) {
            return wrong(value, path, errors);
        }
    }

    private JsonValue array(JsonValue value, String path, Map<String, String> errors) {
        if (!(value instanceof JsonArray array)) {
            return wrong(value, path, errors);
        }
        size(array.size(), "items", path, errors);
        JsonArrayBuilder read = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            String at = join(path, Integer.toString(i));
            JsonValue element = array.get(i);
            if (element.getValueType() == JsonValue.ValueType.NULL) {
                errors.put(at, "must not be null");
            } else {
                read.add(items.read(element, at, errors));
            }
        }
        return read.build();
    }

    private JsonValue map(JsonValue value, String path, Map<String, String> errors) {
        if (!(value instanceof JsonObject object)) {
            return wrong(value, path, errors);
        }
        size(object.size(), "entries", path, errors);
        JsonObjectBuilder read = Json.createObjectBuilder();
        object.forEach((key, v) -> {
            String at = join(path, key);
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                errors.put(at, "must not be null");
            } else {
                read.add(key, items.read(v, at, errors));
            }
        });
        return read.build();
    }

    private JsonValue object(JsonValue value, String path, Map<String, String> errors) {
        if (!(value instanceof JsonObject object)) {
            return wrong(value, path, errors);
        }
        JsonObjectBuilder read = Json.createObjectBuilder();
        object.forEach((key, v) -> {
            String at = join(path, key);
            Property property = model.properties.get(key);
            if (property == null) {
                errors.put(at, "is not a property of " + name() + "; its properties are "
                        + String.join(", ", model.properties.keySet()));
            } else if (property.readOnly()) {
                return; // answered by the API, ignored in requests
            } else if (v.getValueType() == JsonValue.ValueType.NULL && property.primitive()) {
                errors.put(at, "must be " + property.shape().expected() + ", not null");
            } else {
                read.add(key, property.shape().read(v, at, errors));
            }
        });
        model.properties.values().stream().filter(Property::required)
                .filter(p -> !object.containsKey(p.name()) || object.get(p.name()).getValueType() == JsonValue.ValueType.NULL)
                .forEach(p -> errors.put(join(path, p.name()), "is required (" + p.shape().expected() + ")"));
        return read.build();
    }

    private JsonValue wrong(JsonValue value, String path, Map<String, String> errors) {
        errors.put(path, "must be " + expected() + ", not " + describe(value));
        return value;
    }

    public static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> {
                String s = ((JsonString) value).getString();
                yield s.length() <= 40 ? "the string \"" + s + "\""
                        : "a string of " + s.length() + " characters (\"" + s.substring(0, 20) + "…\")";
            }
            case NUMBER -> {
                String n = value.toString();
                yield "the number " + (n.length() <= 40 ? n : n.substring(0, 20) + "…");
            }
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }

    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    // ---- building shapes from Java types ----

    private static JsonShape of(AnnotatedType annotated, Set<Annotation> declared) {
        Set<Annotation> annotations = new LinkedHashSet<>(declared);
        annotations.addAll(Arrays.asList(annotated.getAnnotations()));
        Type type = annotated.getType();
        Class<?> raw = raw(type);
        if (raw == String.class || raw == CharSequence.class || raw == char.class || raw == Character.class) {
            return new JsonShape(Kind.STRING, raw, annotations, null, null);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
            return new JsonShape(Kind.INTEGER, raw, annotations, null, null);
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return new JsonShape(Kind.NUMBER, raw, annotations, null, null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new JsonShape(Kind.BOOLEAN, raw, annotations, null, null);
        }
        if (raw.isEnum()) {
            return new JsonShape(Kind.ENUM, raw, annotations, null, null);
        }
        if (raw == LocalDate.class) {
            return new JsonShape(Kind.DATE, raw, annotations, null, null);
        }
        if (raw == LocalTime.class) {
            return new JsonShape(Kind.TIME, raw, annotations, null, null);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return new JsonShape(Kind.DATE_TIME, raw, annotations, null, null);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new JsonShape(Kind.ARRAY, raw, annotations, argument(annotated, 0), null);
        }
        if (raw.isArray()) {
            return new JsonShape(Kind.ARRAY, raw, annotations, annotated instanceof AnnotatedArrayType a
                    ? of(a.getAnnotatedGenericComponentType(), Set.of()) : of(raw.getComponentType()), null);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return new JsonShape(Kind.MAP, raw, annotations, argument(annotated, 1), null);
        }
        if (raw == Object.class || raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || raw.getName().startsWith("java.")) {
            return new JsonShape(Kind.ANY, raw, annotations, null, null);
        }
        return new JsonShape(Kind.OBJECT, raw, annotations, null, model(raw));
    }

    private static JsonShape argument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
            return of(p.getAnnotatedActualTypeArguments()[index], Set.of());
        }
        if (annotated.getType() instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return of(p.getActualTypeArguments()[index]);
        }
        return new JsonShape(Kind.ANY, Object.class, Set.of(), null, null);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class; // type variables, wildcards
    }

    /** The properties of a class: a record's components, or a class's public fields (its superclasses' first). */
    private static final class Model {
        final Map<String, Property> properties = new LinkedHashMap<>();
    }

    private static Model model(Class<?> type) {
        Model known = MODELS.get(type);
        if (known != null) {
            return known;
        }
        synchronized (MODELS) {
            known = MODELS.get(type);
            if (known != null) {
                return known;
            }
            Model model = new Model();
            MODELS.put(type, model); // before the properties: a type may contain itself
            for (Field field : fields(type)) {
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                String name = renamed != null && !renamed.value().isBlank() ? renamed.value() : field.getName();
                Set<Annotation> declared = new LinkedHashSet<>(Arrays.asList(field.getAnnotations()));
                JsonShape shape = of(field.getAnnotatedType(), declared);
                Schema schema = field.getAnnotation(Schema.class);
                boolean required = declared.stream().anyMatch(a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty)
                        || schema != null && schema.required();
                model.properties.put(name, new Property(name, shape, required, schema != null && schema.readOnly(),
                        field.getType().isPrimitive()));
            }
            return model;
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    fields.add(type.getDeclaredField(component.getName()));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return fields;
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(c);
        }
        Collections.reverse(hierarchy);
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !Modifier.isTransient(m)
                        && !field.isAnnotationPresent(JsonbTransient.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** A type without type-use annotations, for the root of a body. */
    private record PlainType(Type type) implements AnnotatedType {
        @Override
        public Type getType() {
            return type;
        }

        @Override
        public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
            return null;
        }

        @Override
        public Annotation[] getAnnotations() {
            return new Annotation[0];
        }

        @Override
        public Annotation[] getDeclaredAnnotations() {
            return new Annotation[0];
        }
    }
}
