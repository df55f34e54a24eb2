package vn.motcua.tenants.problem;

import java.util.List;
import java.util.Objects;

/** A {@link BrokenRule} of no rule set of its own: a field and its text, translated when a key is given. */
public record FieldProblem(String field, String messageKey, List<Object> args, String message) implements BrokenRule {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    /** A problem with its English text only (a screen shows that text). */
    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, null, List.of(), message);
    }
}
