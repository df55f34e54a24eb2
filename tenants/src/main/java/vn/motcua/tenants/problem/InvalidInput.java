package vn.motcua.tenants.problem;

import java.util.Map;

/** Input that breaks a rule, with a message per field so a form or a client can show it in place. */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidInput(String field, String message) {
        this(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
