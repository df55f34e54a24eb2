package vn.motcua.tenants.calendar;

import vn.motcua.tenants.problem.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.CalendarProblem.Kind;
import vn.motcua.tenants.calendar.CalendarRules.TypedSession;

class CalendarRulesTest {

    @Test
    void sessions_in_order_make_office_hours_and_a_blank_afternoon_is_no_session() {
        assertThat(CalendarRules.officeHours("sessions", List.of(session("07:30", "11:30"), session("13:30", "17:30"))))
                .isEqualTo(OfficeHours.standard());
        assertThat(CalendarRules.officeHours("sessions", List.of(session("07:00", "12:00"), new TypedSession(null, null))).sessions())
                .hasSize(1);
    }

    @Test
    void each_bad_session_is_reported_on_its_own_field() {
        assertThat(CalendarRules.sessions("sessions", List.of(session("07:30", "11:30"), session("11:00", "17:00"))))
                .extracting(CalendarProblem::kind, CalendarProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SESSIONS_OVERLAP, "sessions.1"));
        assertThat(CalendarRules.sessions("sessions", List.of(session("11:30", "07:30"), new TypedSession(LocalTime.of(13, 30), null))))
                .extracting(CalendarProblem::kind, CalendarProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SESSION_ENDS_BEFORE_START, "sessions.0"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SESSION_INCOMPLETE, "sessions.1"));
        assertThat(CalendarRules.sessions("sessions", List.of(new TypedSession(null, null))))
                .extracting(CalendarProblem::kind).containsExactly(Kind.NO_SESSION);
        assertThatThrownBy(() -> CalendarRules.officeHours("sessions", List.of(session("07:30", "11:30"), session("11:00", "17:00"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("sessions.1"));
    }

    @Test
    void a_make_up_day_is_a_weekend_day_of_the_year_that_is_not_off() {
        LocalDate companion = LocalDate.of(2025, 9, 1);
        assertThat(CalendarRules.decision(2025, companion, Set.of(LocalDate.of(2025, 1, 27)), Set.of(LocalDate.of(2025, 2, 15))))
                .isEmpty();
        assertThat(CalendarRules.decision(2025, companion, Set.of(), Set.of(LocalDate.of(2025, 2, 14))))
                .extracting(CalendarProblem::kind, CalendarProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MAKE_UP_NOT_WEEKEND, "makeUpDays"));
        // Saturday 1 February 2025 is the fourth day of Tết
        assertThat(CalendarRules.decision(2025, companion, Set.of(), Set.of(LocalDate.of(2025, 2, 1))))
                .extracting(CalendarProblem::kind).containsExactly(Kind.MAKE_UP_IS_DAY_OFF);
        assertThat(CalendarRules.decision(2025, companion, Set.of(LocalDate.of(2026, 1, 2)), Set.of(LocalDate.of(2024, 12, 28))))
                .extracting(CalendarProblem::kind, CalendarProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DAY_NOT_IN_YEAR, "extraDaysOff"),
                        org.assertj.core.groups.Tuple.tuple(Kind.DAY_NOT_IN_YEAR, "makeUpDays"));
        assertThat(CalendarRules.decision(2025, LocalDate.of(2025, 9, 4), Set.of(), Set.of()))
                .extracting(CalendarProblem::kind, CalendarProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.COMPANION_INVALID, "companion"));
    }

    @Test
    void a_valid_decision_becomes_the_holiday_decision() {
        HolidayDecision decision = CalendarRules.toDecision(2025, LocalDate.of(2025, 9, 1),
                Set.of(LocalDate.of(2025, 1, 27)), Set.of(LocalDate.of(2025, 2, 15)));
        assertThat(decision).isEqualTo(new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)),
                Set.of(LocalDate.of(2025, 2, 15)), LocalDate.of(2025, 9, 1)));
    }

    @Test
    void a_local_day_off_needs_a_date_and_is_entered_once() {
        List<LocalDayOff> own = List.of(new LocalDayOff(LocalDate.of(2025, 3, 11), "Giải phóng"));
        assertThat(CalendarRules.localDayOff(LocalDate.of(2025, 3, 12), own)).isEmpty();
        assertThat(CalendarRules.localDayOff(LocalDate.of(2025, 3, 11), own)).extracting(CalendarProblem::kind)
                .containsExactly(Kind.DAY_OFF_DUPLICATE);
        assertThat(CalendarRules.localDayOff(null, own)).extracting(CalendarProblem::kind).containsExactly(Kind.DATE_MISSING);
    }

    @Test
    void a_week_needs_a_working_day() {
        assertThat(CalendarRules.weekdays(Set.of())).extracting(CalendarProblem::kind).containsExactly(Kind.NO_WORKING_WEEKDAY);
        assertThat(CalendarRules.weekdays(Set.of(java.time.DayOfWeek.MONDAY))).isEmpty();
    }

    private static TypedSession session(String start, String end) {
        return new TypedSession(LocalTime.parse(start), LocalTime.parse(end));
    }
}
