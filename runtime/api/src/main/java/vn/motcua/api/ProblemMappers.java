package vn.motcua.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.tenants.AccessDenied;
import vn.motcua.tenants.Conflict;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.NotFound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain exceptions as problem+json responses. */
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

    /** The tree changed but Keycloak did not follow: the same request again finishes it. */
    @Provider
    public static class ProvisioningFailedMapper implements ExceptionMapper<vn.motcua.tenants.ProvisioningFailed> {
        @Override
        public Response toResponse(vn.motcua.tenants.ProvisioningFailed e) {
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
            Map<String, String> errors = new LinkedHashMap<>();
            e.getConstraintViolations().forEach(v -> errors.put(field(v.getPropertyPath()), v.getMessage()));
            return Problem.response(Status.BAD_REQUEST, "the request is invalid", errors);
        }

        /** The property path within the body: method and parameter nodes are left out. */
        private static String field(Path path) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : path) {
                if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER && node.getName() != null) {
                    names.add(node.getName());
                }
            }
            return String.join(".", names);
        }
    }

    @Provider
    public static class UnreadableMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Status.BAD_REQUEST, "the body is not valid JSON for this request");
        }
    }
}
