package vn.motcua.tenants.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks one or more rules: the one way a service of any module reports it. Each problem
 * is a {@link BrokenRule} pinned to its field, so a form shows it in place in its user's language
 * and the API (400 problem+json) names the field; {@link #fieldErrors()} is the one place that
 * turns the problems into the API's field → message map.
 */
public class InvalidInput extends RuntimeException {

    private final List<BrokenRule> problems;

    public InvalidInput(List<? extends BrokenRule> problems) {
        this(problems.isEmpty() ? "the input is invalid" : problems.get(0).message(), problems);
    }

    /** {@code message} is the problem's English summary (the API's {@code detail}). */
    public InvalidInput(String message, List<? extends BrokenRule> problems) {
        super(message);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem with its English text only. */
    public InvalidInput(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    /** Several fields with their English texts, e.g. what a JSON reader found; {@code message} summarises. */
    public InvalidInput(String message, Map<String, String> fieldErrors) {
        this(message, fieldErrors.entrySet().stream().map(e -> FieldProblem.of(e.getKey(), e.getValue())).toList());
    }

    public List<BrokenRule> problems() {
        return problems;
    }

    /** The problems of one rule set, e.g. a calendar form's {@code CalendarProblem}s. */
    public <T extends BrokenRule> List<T> problems(Class<T> type) {
        return problems.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Each field with its English text, in the order found; two problems of one field (two
     * procedures of a version, say) keep both texts, joined.
     */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a.contains(b) ? a : a + "; " + b));
        return errors;
    }
}
