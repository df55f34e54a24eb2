package vn.motcua.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.tenants.AccessDenied;
import vn.motcua.tenants.Conflict;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.NotFound;

import java.util.LinkedHashMap;
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
            e.getConstraintViolations().forEach(v -> errors.put(field(v.getPropertyPath().toString()), v.getMessage()));
            return Problem.response(Status.BAD_REQUEST, "the request is invalid", errors);
        }

        /** "receive.arg0.applicant.name" → "applicant.name" */
        private static String field(String path) {
            String[] parts = path.split("\\.");
            int start = parts.length > 2 ? 2 : parts.length - 1;
            return String.join(".", java.util.Arrays.copyOfRange(parts, start, parts.length));
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
