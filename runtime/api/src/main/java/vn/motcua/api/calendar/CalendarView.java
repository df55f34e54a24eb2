package vn.motcua.api.calendar;

import vn.motcua.tenants.calendar.CalendarDay;
import vn.motcua.tenants.calendar.DecisionOrigin;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.InheritedCalendar;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.Sourced;
import vn.motcua.tenants.calendar.WorkingWeek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's working calendar for one year as it inherits it: every part says which tenant it comes
 * from ({@code from}, null for the built-in Vietnamese default, the Labour Code's holidays and the
 * national notice). The year's days off and make-up days say their {@code source}: STATUTORY (the
 * Labour Code only), NATIONAL_NOTICE (with the notice's number and date) or PROVINCIAL_DECISION;
 * each day says its own: LABOUR_CODE for holidays and days in lieu, the year's source for the
 * decision's days, LOCAL for local days off.
 */
public record CalendarView(String tenant, int year, Hours officeHours, Week workingWeek, Decision decision, List<Day> days) {

    public record Session(String start, String end) {
    }

    public record Hours(List<Session> sessions, String from) {
    }

    public record Week(List<String> days, Map<String, List<Session>> hours, String from) {
    }

    public record Decision(int year, String nationalDayCompanion, List<String> extraDaysOff, List<String> makeUpWorkingDays,
                           String from, String source, String noticeNumber, String noticeDate) {
    }

    public record Day(String date, String kind, String holiday, String note, String from, String source) {
    }

    static CalendarView of(InheritedCalendar calendar, int year) {
        Sourced<OfficeHours> hours = calendar.officeHours();
        Sourced<WorkingWeek> week = calendar.workingWeek();
        Map<String, List<Session>> weekHours = new LinkedHashMap<>();
        week.value().ownHours().forEach((day, h) -> weekHours.put(day.name(), sessions(h)));
        Sourced<HolidayDecision> decision = calendar.decision(year);
        HolidayDecision d = decision.value();
        return new CalendarView(calendar.tenantId(), year,
                new Hours(sessions(hours.value()), hours.tenantId()),
                new Week(week.value().days().stream().map(Enum::name).toList(), weekHours, week.tenantId()),
                new Decision(year, d.nationalDayCompanion().toString(),
                        d.extraDaysOff().stream().sorted().map(Object::toString).toList(),
                        d.makeUpWorkingDays().stream().sorted().map(Object::toString).toList(), decision.tenantId(),
                        calendar.origin(year).name(), d.noticeNumber(), d.noticeDate() == null ? null : d.noticeDate().toString()),
                calendar.daysOf(year).stream().map(day -> day(day, sourceOf(day, d, calendar.origin(year)))).toList());
    }

    private static List<Session> sessions(OfficeHours hours) {
        return hours.sessions().stream().map(s -> new Session(s.start().toString(), s.end().toString())).toList();
    }

    private static Day day(CalendarDay day, String source) {
        return new Day(day.date().toString(), day.kind().name(), day.holiday() == null ? null : day.holiday().name(),
                day.note(), day.tenantId(), source);
    }

    private static String sourceOf(CalendarDay day, HolidayDecision decision, DecisionOrigin origin) {
        return switch (day.kind()) {
            case DECISION_DAY_OFF, MAKE_UP_DAY -> origin.name();
            case PUBLIC_HOLIDAY -> day.date().equals(decision.nationalDayCompanion()) && origin != DecisionOrigin.STATUTORY
                    ? origin.name() : "LABOUR_CODE";
            case DAY_IN_LIEU -> "LABOUR_CODE";
            case LOCAL_DAY_OFF -> "LOCAL";
        };
    }
}
