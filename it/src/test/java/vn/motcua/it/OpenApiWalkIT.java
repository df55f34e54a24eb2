package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the API's own OpenAPI document and sends every operation what a careless or hostile client
 * would: malformed JSON, bodies that are no object, 10,000 levels of nesting, every property of the
 * body with a wrong type, missing and null required properties, an unknown property, 100 KB strings
 * and one character over each declared limit, boundary numbers, and broken path and query parameters
 * (wrong types, encoded slashes, huge values). Whatever comes back must never be a 5xx; every 4xx is
 * application/problem+json with its status and a title or detail; and what can only be wrong — a wrong
 * type, a missing required property, an unknown property, a string over its limit — is a 400 that
 * names the field. Nothing here lists the endpoints: an operation added to the API is walked too.
 *
 * <p>Each operation is called with a token whose role its {@code x-roles} allows, of users in a
 * province this test creates for itself, so that anything that a valid-looking request changes is
 * throwaway data (the platform operator's national notices only get requests that must be refused).
 */
class OpenApiWalkIT extends DeployedEar {

    static final String PROVINCE = Tenants.id("walk");
    /** Preferred role per operation: the province's own admin and staff before the platform operator. */
    static final List<String> ROLES = List.of("catalog-admin", "reception", "specialist", "leader", "reporting-officer",
            "platform-admin", "citizen");
    static final Map<String, String> USERS = new LinkedHashMap<>();
    static final String UNKNOWN = "walkerUnknown";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void aProvinceOfItsOwn() {
        Tenants.created("platform.admin", PROVINCE, "Tỉnh Dò Lỗi " + Tenants.RUN, "PROVINCE", null);
        USERS.put("catalog-admin", Tenants.adminOf(PROVINCE));
        for (String role : List.of("reception", "specialist", "leader", "reporting-officer")) {
            String username = "walk." + role + "." + Tenants.RUN;
            Keycloak.createStaff(username, "/" + PROVINCE, role);
            USERS.put(role, username);
        }
        USERS.put("platform-admin", "platform.admin");
        USERS.put("citizen", "citizen.an");
    }

    @Test
    void no_operation_answers_bad_input_with_a_server_error_and_every_error_is_a_problem_naming_the_field() throws Exception {
        long t0 = System.nanoTime();
        Document doc = Document.fetch();
        List<Probe> probes = new ArrayList<>();
        Set<String> operations = new java.util.TreeSet<>();
        doc.operations().forEach(op -> {
            operations.add(op.method() + " " + op.path());
            probes.addAll(op.probes());
        });
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(20);

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe probe : probes) {
                running.add(pool.submit(() -> {
                    String failure = probe.send();
                    sent.incrementAndGet();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        System.out.printf("OpenAPI walk: %d operations, %d requests, %d s, %d failures%n", operations.size(), sent.get(),
                seconds, failures.size());
        assertThat(failures).as("answers to bad input (%d requests to %d operations)", sent.get(), operations.size())
                .isEmpty();
    }

    @Test
    void every_string_a_body_takes_declares_its_limit_and_every_operation_its_errors() {
        Document doc = Document.fetch();
        List<String> missing = new ArrayList<>();
        doc.operations().forEach(op -> {
            if (op.body() != null) {
                op.spots().stream().filter(s -> s.kind().equals("text") && !s.schema().containsKey("maxLength"))
                        .forEach(s -> missing.add(op + " " + s.path() + ": a string without maxLength"));
            }
            JsonObject responses = op.operation().getJsonObject("responses");
            List<String> codes = new ArrayList<>(List.of("500"));
            if (op.body() != null || !op.parameters().isEmpty()) {
                codes.add("400");
            }
            if (!op.operation().containsKey("x-public")) {
                codes.addAll(List.of("401", "403"));
            }
            if (op.takesHeader("Idempotency-Key")) {
                codes.add("422");
            }
            if (op.takesHeader("If-Match")) {
                codes.add("412");
            }
            for (String code : codes) {
                JsonObject response = responses.getJsonObject(code);
                if (response == null || !response.containsKey("content")
                        || !response.getJsonObject("content").containsKey("application/problem+json")) {
                    missing.add(op + ": no application/problem+json " + code);
                }
            }
            if (!op.operation().containsKey("x-roles") && !op.operation().containsKey("x-public")) {
                missing.add(op + ": neither x-roles nor x-public");
            }
        });
        assertThat(missing).isEmpty();
        // the dossier commands take both headers: the checks above are not vacuous
        assertThat(doc.operations().stream().filter(op -> op.takesHeader("If-Match")).count()).isGreaterThanOrEqualTo(17);
        assertThat(doc.operations().stream().filter(op -> op.takesHeader("Idempotency-Key")).count()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void options_lists_the_methods_without_a_wadl_document() {
        Document doc = Document.fetch();
        List<String> wrong = new ArrayList<>();
        doc.operations().stream().map(Operation::concretePath).distinct().forEach(path -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(path)).method("OPTIONS",
                    HttpRequest.BodyPublishers.noBody()));
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() >= 300 || type.contains("wadl") || r.body().contains("wadl")
                    || r.headers().firstValue("Allow").isEmpty()) {
                wrong.add("OPTIONS " + path + ": " + r.statusCode() + " " + type + " " + r.body());
            }
        });
        assertThat(wrong).isEmpty();
        HttpResponse<String> wadl = send(HttpRequest.newBuilder(URI.create(TestStackSession.baseUrl() + "/api/application.wadl")).GET());
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    // ---- the document ----

    record Document(JsonObject json, String base) {

        static Document fetch() {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(TestStackSession.baseUrl() + "/openapi"))
                    .header("Accept", "application/json").GET());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonObject json = read(r.body()).asJsonObject();
            String server = json.containsKey("servers") ? json.getJsonArray("servers").getJsonObject(0).getString("url") : "";
            String base = server.startsWith("http") ? server : TestStackSession.baseUrl() + server;
            return new Document(json, base.replaceAll("/+$", ""));
        }

        List<Operation> operations() {
            List<Operation> all = new ArrayList<>();
            json.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    all.add(new Operation(this, method.toUpperCase(), path, op.asJsonObject()));
                }
            }));
            return all;
        }

        JsonObject resolve(JsonObject schema) {
            JsonObject s = schema;
            while (s.containsKey("$ref")) {
                String ref = s.getString("$ref");
                s = json.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return s;
        }
    }

    /** A value in a body sample: where it is, its (resolved) schema, and what kind of value it is. */
    record Spot(List<Object> at, JsonObject schema, String kind) {
        String path() {
            return at.stream().map(Object::toString).reduce((a, b) -> a + "." + b).orElse("body");
        }
    }

    record Operation(Document doc, String method, String path, JsonObject operation) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean takesHeader(String name) {
            return parameters().stream().anyMatch(p -> p.getString("in", "").equals("header") && p.getString("name", "").equals(name));
        }

        List<JsonObject> parameters() {
            return operation.containsKey("parameters") ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
        }

        JsonObject body() {
            if (!operation.containsKey("requestBody")) {
                return null;
            }
            JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
            return content.containsKey("application/json") ? doc.resolve(content.getJsonObject("application/json").getJsonObject("schema")) : null;
        }

        boolean bodyRequired() {
            return operation.containsKey("requestBody") && operation.getJsonObject("requestBody").getBoolean("required", false);
        }

        String token() {
            if (operation.containsKey("x-public")) {
                return null;
            }
            List<String> roles = operation.containsKey("x-roles")
                    ? operation.getJsonArray("x-roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
            return ROLES.stream().filter(roles::contains).findFirst().map(role -> Api.token(USERS.get(role)))
                    .orElseThrow(() -> new AssertionError(this + " names no role a test user has: " + roles));
        }

        String accept() {
            JsonObject responses = operation.getJsonObject("responses");
            for (String code : responses.keySet()) {
                if ((code.startsWith("2") || code.equals("default")) && responses.getJsonObject(code).containsKey("content")) {
                    return String.join(", ", responses.getJsonObject(code).getJsonObject("content").keySet())
                            + ", application/problem+json";
                }
            }
            return "application/json, application/problem+json";
        }

        /** The path with every path parameter at its example (or minimum, or 1 / "x"). */
        String concretePath() {
            return pathWith(null, null);
        }

        String pathWith(String name, String raw) {
            String concrete = path;
            StringBuilder query = new StringBuilder();
            for (JsonObject p : parameters()) {
                String n = p.getString("name");
                String value = n.equals(name) ? raw : baseValue(p);
                if (p.getString("in").equals("path")) {
                    concrete = concrete.replace("{" + n + "}", value);
                } else if (p.getString("in").equals("query") && value != null) {
                    query.append(query.length() == 0 ? "?" : "&").append(n).append('=')
                            .append(n.equals(name) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return doc.base() + concrete + query;
        }

        /** A query parameter is left out unless required; a path parameter takes its example, minimum or a plain value. */
        private String baseValue(JsonObject p) {
            JsonObject schema = p.containsKey("schema") ? doc.resolve(p.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
            if (p.containsKey("example")) {
                return text(p.get("example"));
            }
            if (p.getString("in").equals("query") && !p.getBoolean("required", false)) {
                return null;
            }
            if (schema.containsKey("minimum")) {
                return schema.getJsonNumber("minimum").bigDecimalValue().toPlainString();
            }
            return switch (schema.getString("type", "string")) {
                case "integer", "number" -> "1";
                default -> "walk";
            };
        }

        List<Probe> probes() {
            List<Probe> probes = new ArrayList<>();
            String token = token();
            JsonObject body = body();
            JsonValue sample = body == null ? null : sample(body, 0);
            String json = sample == null ? null : sample.toString();
            String path = concretePath();
            if (body != null) {
                probes.addAll(bodyProbes(token, path, body, sample));
            }
            for (JsonObject p : parameters()) {
                probes.addAll(parameterProbes(token, json, p));
            }
            return probes;
        }

        private List<Probe> bodyProbes(String token, String path, JsonObject body, JsonValue sample) {
            List<Probe> probes = new ArrayList<>();
            for (String malformed : List.of("{\"", "{\"a\": }", "{'a': 1}", "nul", "{} {}", "{\"a\": 1,}", "\u0000")) {
                probes.add(probe("malformed JSON " + malformed, token, path, malformed, Expect.naming("body")));
            }
            for (String other : List.of("[]", "\"hello\"", "42", "true", "[{}]")) {
                probes.add(probe("a body that is " + other, token, path, other, Expect.naming("body")));
            }
            probes.add(probe("null", token, path, "null", bodyRequired() ? Expect.naming("body") : Expect.noServerError()));
            probes.add(probe("no body", token, path, "", bodyRequired() ? Expect.naming("body") : Expect.noServerError()));
            probes.add(probe("10,000 nested arrays", token, path, "[".repeat(10_000) + "]".repeat(10_000), Expect.naming("body")));
            probes.add(probe("10,000 nested objects", token, path, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                    Expect.naming("body")));
            probes.add(new Probe(this, "a text/plain body", method, path, token, accept(), sample.toString(), "text/plain",
                    Expect.refusal()));
            probes.add(probe("a body over 1 MiB", token, path, "{\"a\": \"" + "x".repeat(1_100_000) + "\"}", Expect.refusal()));
            probes.add(probe("a key twice", token, path, duplicateKey(sample), Expect.refusal()));

            for (Spot spot : spots()) {
                String at = spot.path();
                JsonObject s = spot.schema();
                for (JsonValue wrong : wrongValues(spot)) {
                    probes.add(probe(at + " = " + wrong, token, path, with(sample, spot.at(), wrong), Expect.naming(at)));
                }
                if (spot.kind().equals("object")) {
                    probes.add(probe("unknown property " + at + "." + UNKNOWN, token, path,
                            with(sample, append(spot.at(), UNKNOWN), Json.createValue(1)), Expect.naming(join(at, UNKNOWN))));
                    for (JsonString required : s.containsKey("required") ? s.getJsonArray("required").getValuesAs(JsonString.class)
                            : List.<JsonString>of()) {
                        List<Object> child = append(spot.at(), required.getString());
                        probes.add(probe("no " + join(at, required.getString()), token, path, with(sample, child, null),
                                Expect.naming(join(at, required.getString()))));
                        probes.add(probe(join(at, required.getString()) + " = null", token, path,
                                with(sample, child, JsonValue.NULL), Expect.naming(join(at, required.getString()))));
                    }
                }
                if (spot.kind().equals("text")) {
                    probes.add(probe(at + " of 100 KB", token, path, with(sample, spot.at(), Json.createValue("ạ".repeat(100_000))),
                            Expect.naming(at)));
                    if (s.containsKey("maxLength")) {
                        int max = s.getInt("maxLength");
                        probes.add(probe(at + " of " + (max + 1) + " characters", token, path,
                                with(sample, spot.at(), Json.createValue("ạ".repeat(max + 1))), Expect.naming(at)));
                    }
                }
                if (spot.kind().equals("array") && s.containsKey("maxItems")) {
                    JsonArrayBuilder many = Json.createArrayBuilder();
                    JsonValue item = sample(doc.resolve(s.getJsonObject("items")), 0);
                    for (int i = 0; i <= s.getInt("maxItems"); i++) {
                        many.add(item);
                    }
                    probes.add(probe(at + " with " + (s.getInt("maxItems") + 1) + " items", token, path,
                            with(sample, spot.at(), many.build()), Expect.naming(at)));
                }
                if (spot.kind().equals("integer") || spot.kind().equals("number")) {
                    for (BigDecimal n : boundaries(s)) {
                        probes.add(probe(at + " = " + n, token, path, with(sample, spot.at(), Json.createValue(n)),
                                outside(s, n) ? Expect.naming(at) : Expect.noServerError()));
                    }
                }
            }
            return probes;
        }

        private List<Probe> parameterProbes(String token, String json, JsonObject p) {
            String name = p.getString("name");
            boolean inPath = p.getString("in").equals("path");
            JsonObject schema = p.containsKey("schema") ? doc.resolve(p.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
            String type = schema.getString("type", "string");
            Map<String, Expect> values = new LinkedHashMap<>();
            if (type.equals("integer") || type.equals("number")) {
                values.put("abc", Expect.naming(name));
                values.put("", inPath ? Expect.refusal() : Expect.noServerError());
                if (type.equals("integer")) {
                    values.put("1.5", Expect.naming(name));
                    values.put("99999999999999999999", Expect.naming(name));
                } else {
                    values.put("1e999999", Expect.noServerError());
                }
                for (BigDecimal n : boundaries(schema)) {
                    values.put(n.toPlainString(), outside(schema, n) ? Expect.naming(name) : Expect.noServerError());
                }
            } else {
                // long, not huge: a request line over Payara's 8 KB header buffer is refused before any application sees it
                values.put("x".repeat(2_000), schema.containsKey("maxLength") ? Expect.naming(name) : Expect.noServerError());
            }
            values.put("..%2F..", inPath ? Expect.refusal() : Expect.noServerError());
            values.put("a%2Fb", Expect.noServerError());
            values.put("%2F", Expect.noServerError());
            List<Probe> probes = new ArrayList<>();
            values.forEach((raw, expect) -> {
                if (inPath && raw.isEmpty()) {
                    return;
                }
                String path = pathWith(name, inPath ? raw : URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("%25", "%"));
                probes.add(new Probe(this, "parameter " + name + " = " + shorten(raw), method, path, token, accept(), json,
                        json == null ? null : "application/json", expect));
            });
            return probes;
        }

        private Probe probe(String what, String token, String path, String body, Expect expect) {
            return new Probe(this, what, method, path, token, accept(), body, "application/json", expect);
        }

        /** Every value in the body sample, the root included, with its schema. */
        List<Spot> spots() {
            List<Spot> spots = new ArrayList<>();
            JsonObject body = body();
            if (body != null) {
                collect(body, new ArrayList<>(), spots, 0);
            }
            return spots;
        }

        private void collect(JsonObject schema, List<Object> at, List<Spot> spots, int depth) {
            JsonObject s = doc.resolve(schema);
            String kind = kind(s);
            if (!at.isEmpty() || kind.equals("object")) {
                spots.add(new Spot(List.copyOf(at), s, kind));
            }
            if (depth > 6) {
                return;
            }
            if (kind.equals("object") && s.containsKey("properties")) {
                s.getJsonObject("properties").forEach((name, p) -> {
                    if (!doc.resolve(p.asJsonObject()).getBoolean("readOnly", false)) {
                        collect(p.asJsonObject(), append(at, name), spots, depth + 1);
                    }
                });
            } else if (kind.equals("map")) {
                collect(s.getJsonObject("additionalProperties"), append(at, "walk"), spots, depth + 1);
            } else if (kind.equals("array")) {
                collect(s.getJsonObject("items"), append(at, 0), spots, depth + 1);
            }
        }

        /** A value of the schema that its types allow (enum constants, ISO dates, minimums). */
        JsonValue sample(JsonObject schema, int depth) {
            JsonObject s = doc.resolve(schema);
            String kind = kind(s);
            switch (kind) {
                case "object" -> {
                    JsonObjectBuilder object = Json.createObjectBuilder();
                    if (s.containsKey("properties") && depth < 8) {
                        s.getJsonObject("properties").forEach((name, p) -> {
                            if (!doc.resolve(p.asJsonObject()).getBoolean("readOnly", false)) {
                                object.add(name, sample(p.asJsonObject(), depth + 1));
                            }
                        });
                    }
                    return object.build();
                }
                case "map" -> {
                    return Json.createObjectBuilder().add("walk", sample(s.getJsonObject("additionalProperties"), depth + 1)).build();
                }
                case "array" -> {
                    return depth < 8 ? Json.createArrayBuilder().add(sample(s.getJsonObject("items"), depth + 1)).build()
                            : JsonValue.EMPTY_JSON_ARRAY;
                }
                case "enum" -> {
                    return s.getJsonArray("enum").get(0);
                }
                case "integer", "number" -> {
                    return Json.createValue(s.containsKey("minimum") ? s.getJsonNumber("minimum").bigDecimalValue() : BigDecimal.ONE);
                }
                case "boolean" -> {
                    return JsonValue.FALSE;
                }
                case "date" -> {
                    return Json.createValue("2031-09-01");
                }
                case "time" -> {
                    return Json.createValue("07:30");
                }
                case "date-time" -> {
                    return Json.createValue("2031-09-01T08:00:00+07:00");
                }
                case "email" -> {
                    return Json.createValue("walk@motcua.test");
                }
                case "text" -> {
                    return Json.createValue(s.containsKey("example") ? text(s.get("example")) : "walk");
                }
                default -> {
                    return Json.createValue("walk");
                }
            }
        }
    }

    static String kind(JsonObject s) {
        if (s.containsKey("enum")) {
            return "enum";
        }
        String type = s.getString("type", "");
        return switch (type) {
            case "object" -> s.containsKey("additionalProperties") && s.get("additionalProperties").getValueType() == JsonValue.ValueType.OBJECT
                    ? "map" : "object";
            case "array", "integer", "number", "boolean" -> type;
            case "string" -> switch (s.getString("format", "")) {
                case "date", "time", "date-time", "email" -> s.getString("format");
                default -> "text";
            };
            default -> "any";
        };
    }

    /** Values of the wrong JSON type for a spot, or of the right type but no valid value (an unknown constant, a bad date). */
    static List<JsonValue> wrongValues(Spot spot) {
        JsonValue object = Json.createObjectBuilder().add("a", 1).build();
        JsonValue array = Json.createArrayBuilder().add(1).build();
        return switch (spot.kind()) {
            case "text", "email" -> List.of(Json.createValue(123), JsonValue.TRUE, object, array);
            case "enum" -> List.of(Json.createValue("NOT_A_CONSTANT"), Json.createValue(7));
            case "date" -> List.of(Json.createValue("tomorrow"), Json.createValue(20310901));
            case "time" -> List.of(Json.createValue("7h30"), Json.createValue(730));
            case "date-time" -> List.of(Json.createValue("yesterday"));
            case "integer" -> List.of(Json.createValue("abc"), Json.createValue("1"), Json.createValue(new BigDecimal("1.5")),
                    JsonValue.TRUE, object);
            case "number" -> List.of(Json.createValue("abc"), Json.createValue("1"), JsonValue.TRUE, array);
            case "boolean" -> List.of(Json.createValue("yes"), Json.createValue(1));
            case "array" -> List.of(Json.createValue("walk"), object, Json.createValue(5));
            case "object", "map" -> spot.at().isEmpty() ? List.of() : List.of(Json.createValue("X"), Json.createValue(5), array);
            default -> List.of();
        };
    }

    /** Negative, zero, too large for 32 and for 64 bits, a fraction, and one beyond each declared bound. */
    static List<BigDecimal> boundaries(JsonObject schema) {
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.valueOf(-1), BigDecimal.ZERO,
                new BigDecimal("2147483648"), new BigDecimal("9223372036854775808")));
        if ("number".equals(schema.getString("type", ""))) {
            values.add(new BigDecimal("0.125"));
            values.add(new BigDecimal("1E+300"));
        }
        if (schema.containsKey("minimum")) {
            values.add(schema.getJsonNumber("minimum").bigDecimalValue().subtract(BigDecimal.ONE));
        }
        if (schema.containsKey("maximum")) {
            values.add(schema.getJsonNumber("maximum").bigDecimalValue().add(BigDecimal.ONE));
        }
        return values.stream().distinct().toList();
    }

    /** Whether a number is outside what the schema declares (its bounds, or its integer format's range). */
    static boolean outside(JsonObject schema, BigDecimal n) {
        if (schema.containsKey("minimum") && n.compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0) {
            return true;
        }
        if (schema.containsKey("maximum") && n.compareTo(schema.getJsonNumber("maximum").bigDecimalValue()) > 0) {
            return true;
        }
        String format = schema.getString("format", "");
        BigInteger limit = format.equals("int32") ? BigInteger.valueOf(Integer.MAX_VALUE)
                : format.equals("int64") ? BigInteger.valueOf(Long.MAX_VALUE) : null;
        return limit != null && n.abs().toBigInteger().compareTo(limit) > 0;
    }

    // ---- sending and judging ----

    /** What an answer must be: a 400 naming a field, any 4xx problem, or at least no 5xx (valid-looking input may succeed). */
    record Expect(String field, boolean mustRefuse) {
        static Expect naming(String field) {
            return new Expect(field, true);
        }

        static Expect refusal() {
            return new Expect(null, true);
        }

        static Expect noServerError() {
            return new Expect(null, false);
        }
    }

    record Probe(Operation operation, String what, String method, String url, String token, String accept, String body,
                 String contentType, Expect expect) {

        /** Sends the request and says what is wrong with the answer, or null. */
        String send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body != null && contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = OpenApiWalkIT.send(b);
            int status = r.statusCode();
            String type = r.headers().firstValue("Content-Type").orElse("");
            String answer = status + " " + type + " " + shorten(r.body());
            String where = operation + " [" + shorten(what) + "]: ";
            if (status >= 500) {
                return where + "server error " + answer;
            }
            if (expect.mustRefuse() && (status < 400 || status >= 500)) {
                return where + "accepted what it must refuse: " + answer;
            }
            if (status >= 400) {
                if (!type.startsWith("application/problem+json")) {
                    return where + "not a problem: " + answer;
                }
                JsonObject problem;
                try {
                    problem = read(r.body()).asJsonObject();
                } catch (RuntimeException e) {
                    return where + "a problem that is not JSON: " + answer;
                }
                if (problem.getInt("status", -1) != status || problem.getString("title", "").isBlank()
                        && problem.getString("detail", "").isBlank()) {
                    return where + "a problem without status, title or detail: " + answer;
                }
                if (expect.field() != null) {
                    if (status != 400) {
                        return where + "expected 400 naming " + expect.field() + ": " + answer;
                    }
                    JsonObject errors = problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.OBJECT
                            ? problem.getJsonObject("errors") : JsonValue.EMPTY_JSON_OBJECT;
                    boolean named = errors.keySet().stream().anyMatch(k -> k.equals(expect.field()) || k.startsWith(expect.field() + "."));
                    if (!named) {
                        return where + "the problem does not name " + expect.field() + ": " + answer;
                    }
                }
            }
            return null;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    // ---- JSON helpers ----

    static JsonValue read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** The body with the value at {@code at} replaced (null: removed; a new key: added). */
    static String with(JsonValue root, List<Object> at, JsonValue value) {
        return replaced(root, at, 0, value).toString();
    }

    private static JsonValue replaced(JsonValue node, List<Object> at, int i, JsonValue value) {
        if (i == at.size()) {
            return value;
        }
        Object key = at.get(i);
        if (node instanceof JsonObject object) {
            JsonObjectBuilder b = Json.createObjectBuilder(object);
            String k = (String) key;
            JsonValue child = replaced(object.getOrDefault(k, JsonValue.NULL), at, i + 1, value);
            if (child == null) {
                b.remove(k);
            } else {
                b.add(k, child);
            }
            return b.build();
        }
        if (node instanceof JsonArray array) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (int j = 0; j < array.size(); j++) {
                JsonValue child = j == (Integer) key ? replaced(array.get(j), at, i + 1, value) : array.get(j);
                if (child != null) {
                    b.add(child);
                }
            }
            return b.build();
        }
        throw new IllegalStateException("no " + key + " in " + node);
    }

    private static String duplicateKey(JsonValue sample) {
        if (sample instanceof JsonObject object && !object.isEmpty()) {
            String first = object.keySet().iterator().next();
            String json = object.toString();
            return json.substring(0, json.length() - 1) + ",\"" + first + "\":" + object.get(first) + "}";
        }
        return "{\"a\": 1, \"a\": 2}";
    }

    static List<Object> append(List<Object> at, Object key) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(key);
        return longer;
    }

    static String join(String path, String name) {
        return path.equals("body") || path.isEmpty() ? name : path + "." + name;
    }

    static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : v.toString();
    }

    static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " characters)";
    }
}
