package vn.motcua.tenants.calendar;

import vn.motcua.tenants.problem.BrokenRule;

import java.util.List;
import java.util.Objects;

/**
 * A calendar setting that breaks a rule, pinned to the field it concerns so that a form can show
 * it in place and in its own language: {@code kind} selects the text, {@code args} fill it,
 * {@code message} is the English text for the API and logs.
 *
 * @param field e.g. {@code sessions.1} (the second session), {@code makeUpDays}, {@code date}
 */
public record CalendarProblem(Kind kind, String field, List<Object> args, String message) implements BrokenRule {

    public CalendarProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        args = List.copyOf(args);
    }

    @Override
    public String messageKey() {
        return "calendar.problem." + kind.name();
    }

    public enum Kind {
        /** Office hours without a single session. */
        NO_SESSION,
        /** A session with a start and no end, or an end and no start. */
        SESSION_INCOMPLETE,
        /** A session that does not end after it starts. */
        SESSION_ENDS_BEFORE_START,
        /** A session that starts before the one before it ends. */
        SESSIONS_OVERLAP,
        /** A working week without a working day: the clock would never run. */
        NO_WORKING_WEEKDAY,
        /** The day adjacent to National Day is 1 or 3 September (Labour Code 2019 art. 112(1)). */
        COMPANION_INVALID,
        /** A day of another year's decision. */
        DAY_NOT_IN_YEAR,
        /** A make-up working day on a weekday: make-up days pay back on a Saturday or Sunday. */
        MAKE_UP_NOT_WEEKEND,
        /** A make-up working day on a holiday or a day the same decision gives off. */
        MAKE_UP_IS_DAY_OFF,
        /** A day off without its date. */
        DATE_MISSING,
        /** The same local day off twice. */
        DAY_OFF_DUPLICATE,
        /** A national notice without its number (e.g. 6150/TB-LĐTBXH): readers must be able to check it. */
        NOTICE_NUMBER_MISSING
    }
}
