package vn.motcua.tenants.calendar;

import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.calendar.CalendarProblem.Kind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks calendar settings as an admin types them, before they become {@link OfficeHours},
 * {@link WorkingWeek} or a {@link HolidayDecision} (whose constructors would only throw), so that
 * a form and the service report the same problems, each on its field.
 */
public final class CalendarRules {

    private CalendarRules() {
    }

    /** A session as typed: either time may still be missing; a row with neither is no session. */
    public record TypedSession(LocalTime start, LocalTime end) {

        boolean isBlank() {
            return start == null && end == null;
        }
    }

    /** Problems of office hours typed as sessions in order; {@code field} prefixes each session's index. */
    public static List<CalendarProblem> sessions(String field, List<TypedSession> sessions) {
        List<CalendarProblem> problems = new ArrayList<>();
        TypedSession previous = null;
        int filled = 0;
        for (int i = 0; i < sessions.size(); i++) {
            TypedSession s = sessions.get(i);
            String at = field + "." + i;
            if (s == null || s.isBlank()) {
                continue;
            }
            filled++;
            if (s.start() == null || s.end() == null) {
                problems.add(problem(Kind.SESSION_INCOMPLETE, at, "a session needs a start and an end time"));
            } else if (!s.start().isBefore(s.end())) {
                problems.add(problem(Kind.SESSION_ENDS_BEFORE_START, at,
                        "the session " + s.start() + "–" + s.end() + " must end after it starts", s.start(), s.end()));
            } else {
                if (previous != null && s.start().isBefore(previous.end())) {
                    problems.add(problem(Kind.SESSIONS_OVERLAP, at, "the session " + s.start() + "–" + s.end()
                            + " starts before the one before it ends (" + previous.end() + ")", previous.end()));
                }
                previous = s;
            }
        }
        if (filled == 0) {
            problems.add(problem(Kind.NO_SESSION, field, "office hours need at least one session"));
        }
        return problems;
    }

    /** @throws InvalidInput with {@link #sessions} problems */
    public static OfficeHours officeHours(String field, List<TypedSession> sessions) {
        requireNone(sessions(field, sessions));
        return OfficeHours.of(sessions.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> new OfficeHours.Session(s.start(), s.end()))
                .toList());
    }

    public static List<CalendarProblem> weekdays(Collection<DayOfWeek> days) {
        return days == null || days.isEmpty()
                ? List.of(problem(Kind.NO_WORKING_WEEKDAY, "weekdays", "at least one weekday must be a working day"))
                : List.of();
    }

    /**
     * Problems of a year's decision: the National Day companion (field {@code companion}), extra
     * days off ({@code extraDaysOff}) and make-up days ({@code makeUpDays}); one problem per day.
     */
    public static List<CalendarProblem> decision(int year, LocalDate companion, Collection<LocalDate> extraDaysOff,
                                                 Collection<LocalDate> makeUpDays) {
        List<CalendarProblem> problems = new ArrayList<>();
        boolean companionFits = companion != null && companion.getYear() == year && companion.getMonth() == Month.SEPTEMBER
                && (companion.getDayOfMonth() == 1 || companion.getDayOfMonth() == 3);
        if (!companionFits) {
            problems.add(problem(Kind.COMPANION_INVALID, "companion",
                    "the day adjacent to National Day must be 1 or 3 September " + year, year));
        }
        Set<LocalDate> off = new HashSet<>();
        for (LocalDate day : new TreeSet<>(extraDaysOff)) {
            if (day.getYear() != year) {
                problems.add(problem(Kind.DAY_NOT_IN_YEAR, "extraDaysOff", day + " is not in " + year, day, year));
            } else {
                off.add(day);
            }
        }
        if (companionFits) {
            off.addAll(VietnamHolidays.statutoryHolidays(new HolidayDecision(year, Set.of(), Set.of(), companion)));
        }
        for (LocalDate day : new TreeSet<>(makeUpDays)) {
            if (day.getYear() != year) {
                problems.add(problem(Kind.DAY_NOT_IN_YEAR, "makeUpDays", day + " is not in " + year, day, year));
            } else if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(problem(Kind.MAKE_UP_NOT_WEEKEND, "makeUpDays",
                        "a make-up working day must be a Saturday or a Sunday: " + day + " is a " + day.getDayOfWeek(), day));
            } else if (off.contains(day)) {
                problems.add(problem(Kind.MAKE_UP_IS_DAY_OFF, "makeUpDays",
                        day + " is a day off and cannot also be a make-up working day", day));
            }
        }
        return problems;
    }

    /** @throws InvalidInput with {@link #decision} problems */
    public static HolidayDecision toDecision(int year, LocalDate companion, Collection<LocalDate> extraDaysOff,
                                             Collection<LocalDate> makeUpDays) {
        requireNone(decision(year, companion, extraDaysOff, makeUpDays));
        return new HolidayDecision(year, Set.copyOf(extraDaysOff), Set.copyOf(makeUpDays), companion);
    }

    /**
     * Problems of a national notice: those of its {@link #decision} and a missing number (field
     * {@code noticeNumber}).
     */
    public static List<CalendarProblem> nationalNotice(int year, String number, LocalDate companion,
                                                       Collection<LocalDate> extraDaysOff, Collection<LocalDate> makeUpDays) {
        List<CalendarProblem> problems = new ArrayList<>(decision(year, companion, extraDaysOff, makeUpDays));
        if (number == null || number.isBlank()) {
            problems.add(problem(Kind.NOTICE_NUMBER_MISSING, "noticeNumber",
                    "the national notice needs its number, e.g. 6150/TB-LĐTBXH"));
        }
        return problems;
    }

    /** @throws InvalidInput with {@link #nationalNotice} problems */
    public static HolidayDecision toNationalNotice(int year, String number, LocalDate date, LocalDate companion,
                                                   Collection<LocalDate> extraDaysOff, Collection<LocalDate> makeUpDays) {
        requireNone(nationalNotice(year, number, companion, extraDaysOff, makeUpDays));
        return new HolidayDecision(year, Set.copyOf(extraDaysOff), Set.copyOf(makeUpDays), companion, number, date);
    }

    /** Problems of adding {@code date} to the tenant's {@code own} local days off (field {@code date}). */
    public static List<CalendarProblem> localDayOff(LocalDate date, Collection<LocalDayOff> own) {
        if (date == null) {
            return List.of(problem(Kind.DATE_MISSING, "date", "the day off needs its date"));
        }
        return own.stream().anyMatch(d -> d.date().equals(date))
                ? List.of(problem(Kind.DAY_OFF_DUPLICATE, "date", date + " is already a local day off", date))
                : List.of();
    }

    public static void requireNone(List<CalendarProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static CalendarProblem problem(Kind kind, String field, String message, Object... args) {
        return new CalendarProblem(kind, field, List.of(args), message);
    }
}
