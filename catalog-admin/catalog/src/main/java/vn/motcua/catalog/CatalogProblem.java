package vn.motcua.catalog;

import java.util.List;

/**
 * Something that stops a version from being published, pinned to what it concerns so a UI can
 * show it next to the field, in its own language: {@code kind} selects the text, {@code args}
 * fill it. {@code procedure} and {@code step} are null when not applicable; {@code message} is
 * the English text for the API and logs.
 */
public record CatalogProblem(Kind kind, String procedure, String step, String message, List<Object> args) {

    public CatalogProblem {
        args = List.copyOf(args);
    }

    /** The attribute the problem is about: name, onlineLevel, totalDays, nationalCode, number, budget or actor. */
    public String field() {
        return kind.field;
    }

    public enum Kind {
        NAME_MISSING("name"),
        ONLINE_LEVEL_MISSING("onlineLevel"),
        TOTAL_MISSING("totalDays"),
        TOTAL_NOT_QUARTERS("totalDays"),
        TOTAL_MISMATCH("totalDays"),
        CODE_DUPLICATE("nationalCode"),
        NUMBER_FORMAT("number"),
        NUMBER_DUPLICATE("number"),
        BUDGET_NOT_QUARTERS("budget"),
        SUBSTEPS_MISMATCH("budget"),
        ACTOR_MISSING("actor");

        private final String field;

        Kind(String field) {
            this.field = field;
        }
    }
}
