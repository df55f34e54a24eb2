package vn.motcua.catalog.serviceday;

import vn.motcua.tenants.problem.BrokenRule;

import java.util.List;
import java.util.Objects;

/**
 * Something that stops a service day from being stored, pinned to its field ({@code name},
 * {@code weekday}, {@code mode}, {@code procedures.<index>}) so that a form shows it in place, in
 * its own language: {@code kind} selects the text, {@code args} fill it; {@code message} is English.
 */
public record ServiceDayProblem(Kind kind, String field, List<Object> args, String message) implements BrokenRule {

    public ServiceDayProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        args = List.copyOf(args);
    }

    @Override
    public String messageKey() {
        return "service-day.problem." + kind.name();
    }

    public enum Kind {
        NAME_MISSING,
        WEEKDAY_MISSING,
        /** The desk does not work that weekday, so it cannot hold a service day on it. */
        WEEKDAY_NOT_WORKING,
        MODE_MISSING,
        PROCEDURE_NAME_MISSING,
        /** A procedure is covered at most once per day. */
        PROCEDURE_DUPLICATE
    }
}
