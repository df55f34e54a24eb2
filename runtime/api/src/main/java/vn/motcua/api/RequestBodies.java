package vn.motcua.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import vn.motcua.tenants.InvalidInput;

import java.util.Set;

/**
 * Validates request bodies. Done here rather than with {@code @Valid} on resource parameters,
 * which breaks Payara 6.2025.9's OpenAPI generator (payara/Payara#7649).
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(required(body));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The body, or a 400 naming it when the request had none (JSON-B reads an empty body as null). */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput("body", "a JSON body is required");
        }
        return body;
    }
}
