package vn.motcua.api.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.motcua.api.MotcuaApi;
import vn.motcua.api.input.Headers;
import vn.motcua.api.input.JsonShape;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.StrictJsonReader;
import vn.motcua.api.problem.Problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Completes the OpenAPI document Payara generates (mp.openapi.filter) from the resource methods
 * themselves ({@link ResourceClasses}), so that what it says is what the API does:
 * <ul>
 * <li>every request body's schema is the {@link JsonShape} that {@link StrictJsonReader} enforces —
 * types, enum constants, date formats, required properties, sizes and ranges from the Bean
 * Validation constraints, and {@code additionalProperties: false};</li>
 * <li>path and query parameters have the types of their Java parameters (Payara calls a
 * {@code long} a number);</li>
 * <li>{@code x-roles} lists the realm roles of {@code @RolesAllowed} (empty with {@code x-public}
 * for {@code @PermitAll}), and the operation requires the Keycloak bearer token;</li>
 * <li>every error an operation can answer is documented as application/problem+json:
 * 400 (body or parameters), 401 and 403 (unless public), 404 (path parameters), 409 (changes),
 * 412 (an If-Match header), 422 (an Idempotency-Key header), 413 and 415 (bodies), 500, and what
 * {@code @APIResponse} adds (e.g. 502 from Keycloak).</li>
 * </ul>
 */
public class ApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SECURITY = "keycloak";
    /** Where the resources are below the module's context root; Payara keys the paths with it or without. */
    private static final String APPLICATION_PATH = MotcuaApi.class.getAnnotation(ApplicationPath.class).value();

    @Override
    public Schema filterSchema(Schema schema) {
        // Payara copies the defaults of every @Schema attribute into the document; maxProperties: 0 would forbid every property
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM, problem());
        components.addSecurityScheme(SECURITY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("an access token of the Keycloak realm 'motcua' (client motcua-cli for scripts)"));
        Set<String> written = new HashSet<>();
        for (Class<?> resource : ResourceClasses.all()) {
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                String path = path(resource, method);
                PathItem item = openAPI.getPaths() == null ? null
                        : Optional.ofNullable(openAPI.getPaths().getPathItem(path(APPLICATION_PATH, path)))
                        .orElse(openAPI.getPaths().getPathItem(path));
                Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(http));
                if (operation == null) {
                    LOG.warning(() -> "the OpenAPI document has no " + http + " " + path + " for " + resource.getSimpleName()
                            + "." + method.getName());
                    continue;
                }
                describe(operation, http, resource, method, components, written);
            }
        }
        pruneUnused(openAPI);
    }

    private void describe(Operation operation, String http, Class<?> resource, Method method, Components components,
                          Set<String> written) {
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class) && resource.isAnnotationPresent(PermitAll.class);
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        operation.addExtension("x-roles", open || roles == null ? List.of() : List.of(roles.value()));
        if (open) {
            operation.addExtension("x-public", true);
        } else {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY));
        }

        boolean body = false;
        boolean pathParameters = false;
        boolean parameters = false;
        java.lang.reflect.Parameter[] javaParameters = method.getParameters();
        for (java.lang.reflect.Parameter p : javaParameters) {
            String name = Params.nameOf(p);
            if (name != null) {
                parameters = true;
                pathParameters |= p.isAnnotationPresent(PathParam.class);
                typeParameter(operation, name, JsonShape.of(p.getParameterizedType()));
            } else if (isEntity(p)) {
                body = true;
                RequestBody declared =
                        p.getAnnotation(RequestBody.class);
                operation.setRequestBody(OASFactory.createRequestBody()
                        .description(declared == null || declared.description().isBlank() ? null : declared.description())
                        .required(declared == null || declared.required())
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                                .schema(schema(JsonShape.of(p.getParameterizedType()), components, written)))));
            }
        }

        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Class<?> returned = method.getReturnType();
        if (returned != Response.class) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (returned == void.class) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("done"));
            } else {
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                                .schema(schema(JsonShape.of(method.getGenericReturnType()), components, written)))));
            }
        }
        if (body || parameters) {
            problem(responses, "400", "the body or a parameter is not what this operation takes; errors names each field "
                    + "(or parameter) and what it must be");
        }
        if (!open) {
            problem(responses, "401", "no valid access token");
            problem(responses, "403", "the caller's roles do not allow this operation, or not on this object");
        }
        if (pathParameters) {
            problem(responses, "404", "nothing of that id that the caller may see");
        }
        if (!http.equals("GET")) {
            problem(responses, "409", "the change clashes with the current state (e.g. someone changed it meanwhile)");
        }
        if (takesHeader(method, Headers.IDEMPOTENCY_KEY)) {
            problem(responses, "422", "the " + Headers.IDEMPOTENCY_KEY + " answered another request: use a new key for a new request");
        }
        if (takesHeader(method, HttpHeaders.IF_MATCH)) {
            problem(responses, "412", HttpHeaders.IF_MATCH + " names another version than the current one: read it again");
        }
        if (body) {
            problem(responses, "413", "the body is larger than " + StrictJsonReader.MAX_BYTES + " bytes");
            problem(responses, "415", "the body is not application/json");
        }
        problem(responses, "500", "the server failed; the operation was not completed");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    /** Drops the component schemas nothing refers to any more (Payara's own renderings of the bodies described here). */
    private static void pruneUnused(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> pending.add(p.getSchema()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema())));
            }
        }));
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
            pending.add(schema.getNot());
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    /** Gives a documented parameter the JSON type of its Java parameter, keeping what {@code @Parameter} said of it. */
    private static void typeParameter(Operation operation, String name, JsonShape shape) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (name.equals(parameter.getName())) {
                Schema schema = parameter.getSchema() == null ? OASFactory.createSchema() : parameter.getSchema();
                Schema typed = plain(shape);
                schema.setType(typed.getType());
                schema.setFormat(typed.getFormat());
                if (schema.getDefaultValue() instanceof String given && typed.getType() != SchemaType.STRING) {
                    schema.setDefaultValue(typed.getType() == SchemaType.INTEGER ? (Object) Long.valueOf(given)
                            : typed.getType() == SchemaType.BOOLEAN ? (Object) Boolean.valueOf(given) : new BigDecimal(given));
                }
                if (typed.getEnumeration() != null) {
                    schema.setEnumeration(typed.getEnumeration());
                }
                parameter.setSchema(schema);
            }
        }
    }

    /** The schema of a shape: OBJECTs are components (written once per document), the rest inline. */
    private static Schema schema(JsonShape shape, Components components, Set<String> written) {
        Schema schema;
        switch (shape.kind) {
            case OBJECT -> {
                String name = shape.name();
                if (written.add(name)) {
                    Schema object = OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesBoolean(false);
                    components.addSchema(name, object); // before the properties: a type may contain itself
                    List<String> required = new ArrayList<>();
                    for (JsonShape.Property p : shape.properties()) {
                        Schema property = schema(p.shape(), components, written);
                        if (p.readOnly()) {
                            property.readOnly(true);
                        }
                        object.addProperty(p.name(), property);
                        if (p.required()) {
                            required.add(p.name());
                        }
                    }
                    object.required(required.isEmpty() ? null : required);
                }
                return OASFactory.createSchema().ref("#/components/schemas/" + name);
            }
            case ARRAY -> schema = OASFactory.createSchema().type(SchemaType.ARRAY).items(schema(shape.items, components, written))
                    .uniqueItems(Set.class.isAssignableFrom(shape.type) ? true : null);
            case MAP -> schema = OASFactory.createSchema().type(SchemaType.OBJECT)
                    .additionalPropertiesSchema(schema(shape.items, components, written));
            default -> schema = plain(shape);
        }
        constrain(schema, shape);
        return schema;
    }

    private static Schema plain(JsonShape shape) {
        return switch (shape.kind) {
            case STRING -> OASFactory.createSchema().type(SchemaType.STRING);
            case INTEGER -> OASFactory.createSchema().type(SchemaType.INTEGER)
                    .format(shape.type == long.class || shape.type == Long.class ? "int64"
                            : shape.type == BigInteger.class ? null : "int32");
            case NUMBER -> OASFactory.createSchema().type(SchemaType.NUMBER);
            case BOOLEAN -> OASFactory.createSchema().type(SchemaType.BOOLEAN);
            case ENUM -> OASFactory.createSchema().type(SchemaType.STRING).enumeration(new ArrayList<>(shape.constants()));
            case DATE -> OASFactory.createSchema().type(SchemaType.STRING).format("date");
            case TIME -> OASFactory.createSchema().type(SchemaType.STRING).format("time").pattern("^\\d{2}:\\d{2}(:\\d{2})?$");
            case DATE_TIME -> OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
            case ARRAY -> OASFactory.createSchema().type(SchemaType.ARRAY);
            case MAP, OBJECT -> OASFactory.createSchema().type(SchemaType.OBJECT);
            case ANY -> OASFactory.createSchema();
        };
    }

    /** Bean Validation constraints and {@code @Schema} descriptions, as the document states them. */
    private static void constrain(Schema schema, JsonShape shape) {
        boolean many = shape.kind == JsonShape.Kind.ARRAY || shape.kind == JsonShape.Kind.MAP;
        for (Annotation a : shape.annotations) {
            if (a instanceof Size size) {
                Integer min = size.min() > 0 ? size.min() : null;
                Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
                if (many) {
                    schema.minItems(min).maxItems(max);
                } else {
                    schema.minLength(min).maxLength(max);
                }
            } else if (a instanceof NotBlank) {
                schema.minLength(1).pattern("\\S");
            } else if (a instanceof NotEmpty) {
                if (many) {
                    schema.minItems(1);
                } else {
                    schema.minLength(1);
                }
            } else if (a instanceof Min min) {
                schema.minimum(BigDecimal.valueOf(min.value()));
            } else if (a instanceof Max max) {
                schema.maximum(BigDecimal.valueOf(max.value()));
            } else if (a instanceof DecimalMin min) {
                schema.minimum(new BigDecimal(min.value())).exclusiveMinimum(min.inclusive() ? null : true);
            } else if (a instanceof DecimalMax max) {
                schema.maximum(new BigDecimal(max.value())).exclusiveMaximum(max.inclusive() ? null : true);
            } else if (a instanceof Positive) {
                schema.minimum(BigDecimal.ZERO).exclusiveMinimum(true);
            } else if (a instanceof PositiveOrZero) {
                schema.minimum(BigDecimal.ZERO);
            } else if (a instanceof Email) {
                schema.format("email");
            } else if (a instanceof Pattern pattern) {
                schema.pattern(pattern.regexp());
            } else if (a instanceof org.eclipse.microprofile.openapi.annotations.media.Schema described) {
                if (!described.description().isBlank()) {
                    schema.description(described.description());
                }
                if (!described.example().isBlank()) {
                    schema.example(described.example());
                }
            }
        }
    }

    private static boolean takesHeader(Method method, String name) {
        return Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(HeaderParam.class) && p.getAnnotation(HeaderParam.class).value().equals(name));
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
    }

    /** {@link vn.motcua.api.problem.Problem} as clients read it. */
    private static Schema problem() {
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every error")
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING).example("about:blank"))
                .addProperty("title", OASFactory.createSchema().type(SchemaType.STRING).example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32").example(400))
                .addProperty("detail", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.OBJECT)
                        .description("a message per field or parameter, by its path in the body: applicant.name, steps.0.content")
                        .additionalPropertiesSchema(OASFactory.createSchema().type(SchemaType.STRING)))
                .required(List.of("status", "title"));
    }

    private static boolean isEntity(java.lang.reflect.Parameter p) {
        for (Class<? extends Annotation> a : List.of(Context.class, BeanParam.class, PathParam.class, QueryParam.class,
                HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class)) {
            if (p.isAnnotationPresent(a)) {
                return false;
            }
        }
        return true;
    }

    private static String httpMethod(Method m) {
        for (Map.Entry<Class<? extends Annotation>, String> e : Map.<Class<? extends Annotation>, String>of(GET.class, "GET",
                POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD",
                OPTIONS.class, "OPTIONS").entrySet()) {
            if (m.isAnnotationPresent(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The operation's path as the document keys it: {@code /dossiers/{code}}, {@code /} for the index. */
    static String path(Class<?> resource, Method method) {
        return path(resource.getAnnotation(Path.class).value(),
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
    }

    private static String path(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }
}
