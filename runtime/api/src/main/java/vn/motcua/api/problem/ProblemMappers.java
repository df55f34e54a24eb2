package vn.motcua.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;
import vn.motcua.api.input.JsonShape;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.StrictJsonReader;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.problem.ProvisioningFailed;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Domain exceptions, unreadable input and database failures as problem+json responses. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.response(Status.CONFLICT, e.getMessage());
        }
    }

    /** A command the dossier's status does not allow: the status and the commands allowed, as errors too. */
    @Provider
    public static class CommandNotAllowedMapper implements ExceptionMapper<vn.motcua.engine.dossier.CommandNotAllowed> {
        @Override
        public Response toResponse(vn.motcua.engine.dossier.CommandNotAllowed e) {
            return Problem.response(Status.CONFLICT, e.getMessage(), java.util.Map.of("status", e.status().name(),
                    "allowed", String.join(", ", e.allowed().stream().map(Enum::name).toList())));
        }
    }

    @Provider
    public static class PreconditionFailedMapper implements ExceptionMapper<vn.motcua.tenants.problem.PreconditionFailed> {
        @Override
        public Response toResponse(vn.motcua.tenants.problem.PreconditionFailed e) {
            return Problem.response(Status.PRECONDITION_FAILED, e.getMessage());
        }
    }

    @Provider
    public static class ReplayMismatchMapper implements ExceptionMapper<vn.motcua.tenants.problem.RequestReplayMismatch> {
        @Override
        public Response toResponse(vn.motcua.tenants.problem.RequestReplayMismatch e) {
            return Problem.response(422, "Unprocessable Content", e.getMessage());
        }
    }

    /** The tree changed but Keycloak did not follow: the same request again finishes it. */
    @Provider
    public static class ProvisioningFailedMapper implements ExceptionMapper<ProvisioningFailed> {
        @Override
        public Response toResponse(ProvisioningFailed e) {
            return Problem.response(Status.BAD_GATEWAY, e.getMessage() + "; the tenant tree is saved, repeat the request to finish");
        }
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage(), e.fieldErrors());
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> errors = new TreeMap<>();
            e.getConstraintViolations().forEach(v -> errors.merge(field(v.getPropertyPath()), v.getMessage(),
                    (a, b) -> a.contains(b) ? a : a + "; " + b));
            return Problem.response(Status.BAD_REQUEST, "the request is invalid", errors);
        }

        /** The property path within the body as the reader names it ({@code steps.0.content}): method and parameter nodes are left out. */
        static String field(Path path) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : path) {
                ElementKind kind = node.getKind();
                if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.CONSTRUCTOR
                        || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                    continue;
                }
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (node.isInIterable() && at != null) {
                    names.add(at.toString());
                }
                if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                    names.add(node.getName());
                }
            }
            return names.isEmpty() ? StrictJsonReader.BODY : String.join(".", names);
        }
    }

    @Provider
    public static class UnreadableMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Status.BAD_REQUEST, "the body is not valid JSON for this request",
                    Map.of(StrictJsonReader.BODY, "could not be read: " + e.getMessage()));
        }
    }

    /**
     * A path, query or header parameter that does not convert to its declared type: a 400 naming
     * the parameter and the type, where JAX-RS would answer a bare 404 for path and query parameters.
     */
    @Provider
    public static class ParameterMapper implements ExceptionMapper<ParamException> {

        @Context
        ResourceInfo resource;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ParamException e) {
            String name = e.getParameterName();
            String given = e instanceof ParamException.PathParamException ? uri.getPathParameters().getFirst(name)
                    : e instanceof ParamException.QueryParamException ? uri.getQueryParameters().getFirst(name) : null;
            String expected = expected(name, given);
            String message = "must be " + expected + (given == null ? "" : ", not \"" + shorten(given) + "\"");
            return Problem.response(Status.BAD_REQUEST, "the parameter " + name + " is not " + expected, Map.of(name, message));
        }

        /** What the parameter's Java type takes; for a whole number too large for it, its range. */
        private String expected(String name, String given) {
            Method method = resource == null ? null : resource.getResourceMethod();
            if (method != null) {
                for (Parameter p : method.getParameters()) {
                    if (name.equals(Params.nameOf(p))) {
                        JsonShape shape = JsonShape.of(p.getParameterizedType());
                        BigInteger[] range = shape.kind == JsonShape.Kind.INTEGER ? shape.range() : null;
                        boolean whole = given != null && given.matches("[-+]?\\d+");
                        return range == null || !whole ? shape.expected() : shape.expected() + " from " + range[0] + " to " + range[1];
                    }
                }
            }
            return "a value of the parameter's type";
        }

        private static String shorten(String s) {
            return s.length() <= 40 ? s : s.substring(0, 20) + "… (" + s.length() + " characters)";
        }
    }

    /**
     * What escapes from the database, answered for what it is rather than as a conflict: a value the
     * database refused as too long or out of range (SQLSTATE class 22, "data exception") is the
     * request's fault, a 400 naming the column, though the request's constraints should have caught it
     * first; a key or reference the stored data refuses (class 23) is a 409 that says so; anything
     * else is the server's, a 500. "Changed by someone else" is only what the services report as such.
     */
    @Provider
    public static class DatabaseMapper implements ExceptionMapper<PersistenceException> {
        private static final Logger LOG = Logger.getLogger(DatabaseMapper.class.getName());
        private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");

        @Override
        public Response toResponse(PersistenceException e) {
            return answer(e);
        }

        static Response answer(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                    Matcher column = COLUMN.matcher(String.valueOf(sql.getMessage()));
                    String field = column.find() ? column.group(1) : StrictJsonReader.BODY;
                    LOG.warning(() -> "a request reached the database with a value it refuses (" + sql.getSQLState() + "): "
                            + sql.getMessage() + "; the request's constraints should say so");
                    return Problem.response(Status.BAD_REQUEST, "a value does not fit what the database holds",
                            Map.of(field, "does not fit the database (" + sql.getMessage() + ")"));
                }
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    LOG.log(Level.WARNING, "the database refused a key or reference", e);
                    return Problem.response(Status.CONFLICT, "the change conflicts with what is stored (a key that exists "
                            + "or a reference to nothing); reload and try again");
                }
            }
            LOG.log(Level.SEVERE, "the database failed", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "the server failed; the operation was not completed");
        }
    }

    /** A transaction that failed at commit (the database refused it then), answered as {@link DatabaseMapper} does. */
    @Provider
    public static class TransactionMapper implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return DatabaseMapper.answer(e);
        }
    }
}
