package vn.motcua.api;

import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.calendar.CalendarInvalid;
import vn.motcua.tenants.calendar.CalendarProblem;
import vn.motcua.tenants.calendar.CalendarRules;
import vn.motcua.tenants.calendar.CalendarRules.TypedSession;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.WorkingWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bodies of the calendar's PUT requests, read into the calendar's domain values with the domain's rules. */
public final class CalendarRequest {

    private CalendarRequest() {
    }

    public static class Session {
        public String start;
        public String end;

        TypedSession typed(String field) {
            return new TypedSession(time(start, field), time(end, field));
        }
    }

    /** {@code {"sessions": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:30"}]}} */
    public static class Hours {
        public List<Session> sessions = new ArrayList<>();

        OfficeHours toOfficeHours() {
            return officeHours("sessions", sessions);
        }
    }

    /** {@code {"days": ["MONDAY", …, "SATURDAY"], "hours": {"SATURDAY": [{"start": "07:30", "end": "11:30"}]}}} */
    public static class Week {
        public List<String> days = new ArrayList<>();
        public Map<String, List<Session>> hours = new LinkedHashMap<>();

        WorkingWeek toWorkingWeek() {
            Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
            days.forEach(d -> weekdays.add(weekday(d)));
            CalendarRules.requireNone(CalendarRules.weekdays(weekdays));
            Map<DayOfWeek, OfficeHours> own = new EnumMap<>(DayOfWeek.class);
            (hours == null ? Map.<String, List<Session>>of() : hours).forEach((day, sessions) -> {
                DayOfWeek weekday = weekday(day);
                if (!weekdays.contains(weekday)) {
                    throw new InvalidInput("hours." + day, day + " is not a working weekday");
                }
                own.put(weekday, officeHours("hours." + day, sessions));
            });
            return new WorkingWeek(weekdays, own);
        }
    }

    /** {@code {"reason": "Ngày giải phóng tỉnh"}} */
    public static class DayOff {
        public String reason;
    }

    /**
     * {@code {"nationalDayCompanion": "2031-09-01", "extraDaysOff": ["2031-01-27"], "makeUpWorkingDays": ["2031-02-15"],
     * "noticeNumber": "123/QĐ-UBND", "noticeDate": "2030-12-01"}}; the notice's number and date are optional
     * for a province's decision, the number is required for the national notice.
     */
    public static class Decision {
        public String nationalDayCompanion;
        public List<String> extraDaysOff = new ArrayList<>();
        public List<String> makeUpWorkingDays = new ArrayList<>();
        public String noticeNumber;
        public String noticeDate;

        HolidayDecision toDecision(int year) {
            return CalendarRules.toDecision(year, date(nationalDayCompanion, "nationalDayCompanion"),
                    dates(extraDaysOff, "extraDaysOff"), dates(makeUpWorkingDays, "makeUpWorkingDays"))
                    .withNotice(noticeNumber, date(noticeDate, "noticeDate"));
        }

        HolidayDecision toNationalNotice(int year) {
            return CalendarRules.toNationalNotice(year, noticeNumber, date(noticeDate, "noticeDate"),
                    date(nationalDayCompanion, "nationalDayCompanion"),
                    dates(extraDaysOff, "extraDaysOff"), dates(makeUpWorkingDays, "makeUpWorkingDays"));
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "not a date such as 2026-09-01: " + value);
        }
    }

    private static Set<LocalDate> dates(List<String> values, String field) {
        Set<LocalDate> dates = new HashSet<>();
        (values == null ? List.<String>of() : values).forEach(v -> dates.add(date(v, field)));
        return dates;
    }

    private static OfficeHours officeHours(String field, List<Session> sessions) {
        List<Session> given = sessions == null ? List.of() : sessions;
        List<TypedSession> typed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            typed.add(given.get(i) == null ? null : given.get(i).typed(field + "." + i));
        }
        return CalendarRules.officeHours(field, typed);
    }

    private static LocalTime time(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CalendarInvalid(List.of(new CalendarProblem(CalendarProblem.Kind.SESSION_INCOMPLETE, field, List.of(),
                    "not a time such as 07:30: " + value)));
        }
    }

    private static DayOfWeek weekday(String value) {
        try {
            return DayOfWeek.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInput("days", "not a weekday such as SATURDAY: " + value);
        }
    }
}
