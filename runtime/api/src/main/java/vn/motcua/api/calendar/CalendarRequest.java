package vn.motcua.api.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.api.input.Params;
import vn.motcua.tenants.calendar.CalendarRules.TypedSession;
import vn.motcua.tenants.calendar.CalendarRules;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.WorkingWeek;
import vn.motcua.tenants.problem.InvalidInput;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of the calendar's PUT requests, read into the calendar's domain values with the domain's
 * rules. Times are {@code 07:30}, dates {@code 2031-09-01}, weekdays their English constant names;
 * sizes are the calendar tables' columns.
 */
public final class CalendarRequest {

    private CalendarRequest() {
    }

    @Schema(name = "CalendarRequest.Session")
    public static class Session {
        @Schema(example = "07:30")
        public LocalTime start;
        @Schema(example = "11:30")
        public LocalTime end;

        TypedSession typed() {
            return new TypedSession(start, end);
        }
    }

    /** {@code {"sessions": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:30"}]}} */
    @Schema(name = "CalendarRequest.Hours")
    public static class Hours {
        @Valid
        public List<Session> sessions = new ArrayList<>();

        OfficeHours toOfficeHours() {
            return officeHours("sessions", sessions);
        }
    }

    /** {@code {"days": ["MONDAY", …, "SATURDAY"], "hours": {"SATURDAY": [{"start": "07:30", "end": "11:30"}]}}} */
    @Schema(name = "CalendarRequest.Week")
    public static class Week {
        public List<DayOfWeek> days = new ArrayList<>();
        @Schema(description = "the sessions of working weekdays that keep hours of their own, by weekday (SATURDAY)")
        @Valid
        public Map<String, List<Session>> hours = new LinkedHashMap<>();

        WorkingWeek toWorkingWeek() {
            Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
            weekdays.addAll(days == null ? List.of() : days);
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
        @Size(max = 500)
        public String reason;
    }

    /**
     * {@code {"nationalDayCompanion": "2031-09-01", "extraDaysOff": ["2031-01-27"], "makeUpWorkingDays": ["2031-02-15"],
     * "noticeNumber": "123/QĐ-UBND", "noticeDate": "2030-12-01"}}; the notice's number and date are optional
     * for a province's decision, the number is required for the national notice.
     */
    @Schema(name = "CalendarRequest.Decision")
    public static class Decision {
        public LocalDate nationalDayCompanion;
        public List<LocalDate> extraDaysOff = new ArrayList<>();
        public List<LocalDate> makeUpWorkingDays = new ArrayList<>();
        @Size(max = 100)
        public String noticeNumber;
        public LocalDate noticeDate;

        HolidayDecision toDecision(int year) {
            return CalendarRules.toDecision(year, nationalDayCompanion, dates(extraDaysOff), dates(makeUpWorkingDays))
                    .withNotice(noticeNumber, noticeDate);
        }

        HolidayDecision toNationalNotice(int year) {
            return CalendarRules.toNationalNotice(year, noticeNumber, noticeDate, nationalDayCompanion,
                    dates(extraDaysOff), dates(makeUpWorkingDays));
        }
    }

    /** A date in a path ({@code days-off/2031-04-30}): ISO, in a year the calendar computes ({@link Params#year}). */
    static LocalDate date(String value, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date such as 2026-09-01, not \"" + value + "\"");
        }
        Params.year(date.getYear(), field);
        return date;
    }

    private static Set<LocalDate> dates(List<LocalDate> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }

    private static OfficeHours officeHours(String field, List<Session> sessions) {
        List<Session> given = sessions == null ? List.of() : sessions;
        List<TypedSession> typed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            typed.add(given.get(i) == null ? null : given.get(i).typed());
        }
        return CalendarRules.officeHours(field, typed);
    }

    private static DayOfWeek weekday(String value) {
        try {
            return DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInput("hours." + value, "not a weekday such as SATURDAY: " + value);
        }
    }
}
