package vn.motcua.admin.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the procedure editor a problem's key ({@code BrokenRule.field()}, the key the API's
 * problem+json names it by) points: a field of the procedure ({@code totalDays}), of a document or
 * fee row ({@code fees.2.amount}), of a step ({@code steps.4.2.budget}) or of a step's outcome
 * ({@code steps.3.outcomes.1.target}). Read here only, so the editor and the API cannot drift apart.
 *
 * @param at    the row's 1-based position (documents, fees) or the step's number; null for the procedure
 * @param item  the outcome's 1-based position within the step, 0 when the key is not about an outcome
 */
record EditorPlace(Part part, String at, String attribute, int item, String itemAttribute) {

    enum Part { PROCEDURE, DOCUMENT, FEE, STEP }

    private static final Pattern LIST = Pattern.compile("(documents|fees)\\.(\\d+)\\.(\\w+)");
    private static final Pattern STEP = Pattern.compile("steps\\.(\\d+(?:\\.\\d+)?)\\.([a-zA-Z]+)(?:\\.(\\d+)\\.([a-zA-Z]+))?");
    private static final Pattern PROCEDURE = Pattern.compile("[a-zA-Z]+");

    static Optional<EditorPlace> of(String key) {
        Matcher list = LIST.matcher(key);
        if (list.matches()) {
            return Optional.of(new EditorPlace(list.group(1).equals("fees") ? Part.FEE : Part.DOCUMENT, list.group(2),
                    list.group(3), 0, null));
        }
        Matcher step = STEP.matcher(key);
        if (step.matches()) {
            return Optional.of(new EditorPlace(Part.STEP, step.group(1), step.group(2),
                    step.group(3) == null ? 0 : Integer.parseInt(step.group(3)), step.group(4)));
        }
        return PROCEDURE.matcher(key).matches() ? Optional.of(new EditorPlace(Part.PROCEDURE, null, key, 0, null)) : Optional.empty();
    }

    /** The row's 1-based position, for documents and fees. */
    int row() {
        return Integer.parseInt(at);
    }
}
