package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.OfficeHours.Session;

/**
 * A province, a district under it and a commune under that. The week of Monday 10 March 2025 has
 * no holiday; 2025's real notice placed the National Day companion on 1 September.
 */
class InheritedCalendarTest {

    private static final OfficeHours SUMMER_HOURS = OfficeHours.of(Session.of("07:00", "11:30"), Session.of("13:30", "17:00"));
    private static final WorkingWeek SATURDAY_MORNING = new WorkingWeek(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            Map.of(DayOfWeek.SATURDAY, OfficeHours.of(Session.of("07:30", "11:30"))));

    @Test
    void a_tenant_that_sets_nothing_has_the_built_in_vietnamese_calendar() {
        InheritedCalendar commune = InheritedCalendar.of(List.of(none("province"), none("district"), none("commune")));

        assertThat(commune.officeHours()).isEqualTo(new Sourced<>(OfficeHours.standard(), null));
        assertThat(commune.workingWeek().value()).isEqualTo(WorkingWeek.mondayToFriday());
        assertThat(commune.workingWeek().isBuiltIn()).isTrue();
        assertThat(commune.decision(2025).isBuiltIn()).isTrue();
        // same due dates as the statutory calendar, across Tết 2025 (28 January to 1 February)
        WorkingCalendar statutory = WorkingCalendar.vietnam(2024, 2026);
        WorkingCalendar inherited = commune.workingCalendar(2024, 2026);
        Instant received = at("2025-01-20T09:00");
        assertThat(inherited.plus(received, WorkingDays.ofDays(15))).isEqualTo(statutory.plus(received, WorkingDays.ofDays(15)));
        assertThat(inherited.covers(2026)).isTrue();
    }

    @Test
    void office_hours_and_the_week_come_from_the_nearest_tenant_that_sets_them() {
        CalendarSettings province = new CalendarSettings("province", SUMMER_HOURS, null, List.of(), List.of());
        CalendarSettings district = new CalendarSettings("district", null, SATURDAY_MORNING, List.of(), List.of());

        InheritedCalendar commune = InheritedCalendar.of(List.of(province, district, none("commune")));

        assertThat(commune.officeHours()).isEqualTo(new Sourced<>(SUMMER_HOURS, "province"));
        assertThat(commune.workingWeek()).isEqualTo(new Sourced<>(SATURDAY_MORNING, "district"));
        WorkingCalendar calendar = commune.workingCalendar(2025, 2025);
        // a quarter day is 2 h of the province's 8-hour day: Friday 14 March 2025 15:00 + 6 h is
        // 2 h to Friday's 17:00 closing, then the whole of Saturday's morning
        assertThat(calendar.plus(at("2025-03-14T15:00"), WorkingDays.ofQuarters(3))).isEqualTo(at("2025-03-15T11:30"));
        assertThat(calendar.plus(at("2025-03-14T15:00"), WorkingDays.ofQuarters(4))).isEqualTo(at("2025-03-17T09:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 16))).isFalse();
    }

    @Test
    void a_commune_overrides_what_its_district_set() {
        CalendarSettings district = new CalendarSettings("district", SUMMER_HOURS, SATURDAY_MORNING, List.of(), List.of());
        CalendarSettings commune = new CalendarSettings("commune", OfficeHours.standard(), WorkingWeek.mondayToFriday(),
                List.of(), List.of());

        InheritedCalendar calendar = InheritedCalendar.of(List.of(none("province"), district, commune));

        assertThat(calendar.officeHours().tenantId()).isEqualTo("commune");
        assertThat(calendar.workingWeek().isSetBy("commune")).isTrue();
        assertThat(calendar.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 3, 15))).isFalse();
    }

    @Test
    void local_days_off_add_up_down_the_tree_and_close_the_desk() {
        LocalDayOff provincial = new LocalDayOff(LocalDate.of(2025, 3, 11), "Ngày giải phóng tỉnh");
        LocalDayOff communal = new LocalDayOff(LocalDate.of(2025, 3, 13), "Lễ hội làng");
        InheritedCalendar commune = InheritedCalendar.of(List.of(
                new CalendarSettings("province", null, null, List.of(provincial), List.of()),
                none("district"),
                new CalendarSettings("commune", null, null, List.of(communal), List.of())));

        assertThat(commune.localDaysOff()).containsExactly(new Sourced<>(provincial, "province"), new Sourced<>(communal, "commune"));
        WorkingCalendar calendar = commune.workingCalendar(2025, 2025);
        // Monday 10 March 08:00 + 3 days: Tuesday and Thursday are off, so Wednesday, Friday, then Monday 17
        assertThat(calendar.plus(at("2025-03-10T08:00"), WorkingDays.ofDays(3))).isEqualTo(at("2025-03-17T08:00"));
        assertThat(WorkingCalendar.vietnam(2025, 2025).plus(at("2025-03-10T08:00"), WorkingDays.ofDays(3)))
                .isEqualTo(at("2025-03-13T08:00"));
    }

    @Test
    void the_years_decision_comes_from_the_province_and_moves_holidays_and_make_up_days() {
        // Tết 2025 as the notice placed it: Monday 27 January off, paid back on Saturday 15 February
        HolidayDecision decision2025 = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)),
                Set.of(LocalDate.of(2025, 2, 15)), LocalDate.of(2025, 9, 1));
        InheritedCalendar commune = InheritedCalendar.of(List.of(
                new CalendarSettings("province", null, null, List.of(), List.of(decision2025)),
                none("commune")));

        assertThat(commune.decision(2025)).isEqualTo(new Sourced<>(decision2025, "province"));
        assertThat(commune.decision(2026).isBuiltIn()).isTrue();
        WorkingCalendar calendar = commune.workingCalendar(2025, 2025);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 15))).isTrue();
        assertThat(calendar.officeHoursOn(LocalDate.of(2025, 2, 15))).contains(OfficeHours.standard());
    }

    @Test
    void a_local_day_off_wins_over_a_make_up_day() {
        HolidayDecision decision = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)),
                Set.of(LocalDate.of(2025, 2, 15)), LocalDate.of(2025, 9, 1));
        InheritedCalendar commune = InheritedCalendar.of(List.of(
                new CalendarSettings("province", null, null, List.of(), List.of(decision)),
                new CalendarSettings("commune", null, null, List.of(new LocalDayOff(LocalDate.of(2025, 2, 15), null)), List.of())));

        assertThat(commune.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 2, 15))).isFalse();
        assertThat(commune.isDayOff(LocalDate.of(2025, 2, 15))).isTrue();
    }

    @Test
    void the_days_of_a_year_say_what_each_is_and_who_set_it() {
        HolidayDecision decision = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)),
                Set.of(LocalDate.of(2025, 2, 15)), LocalDate.of(2025, 9, 1));
        InheritedCalendar commune = InheritedCalendar.of(List.of(
                new CalendarSettings("province", null, null, List.of(new LocalDayOff(LocalDate.of(2025, 3, 11), "Giải phóng")),
                        List.of(decision)),
                new CalendarSettings("commune", null, null, List.of(new LocalDayOff(LocalDate.of(2025, 3, 13), "Lễ hội")), List.of())));

        List<CalendarDay> days = commune.daysOf(2025);

        assertThat(days).extracting(CalendarDay::date).isSorted();
        assertThat(days).filteredOn(d -> d.kind() == CalendarDay.Kind.PUBLIC_HOLIDAY).hasSize(11);
        assertThat(days).contains(
                new CalendarDay(LocalDate.of(2025, 1, 1), CalendarDay.Kind.PUBLIC_HOLIDAY, StatutoryHoliday.NEW_YEAR, null, null),
                new CalendarDay(LocalDate.of(2025, 1, 29), CalendarDay.Kind.PUBLIC_HOLIDAY, StatutoryHoliday.TET, null, null),
                new CalendarDay(LocalDate.of(2025, 4, 7), CalendarDay.Kind.PUBLIC_HOLIDAY, StatutoryHoliday.HUNG_KINGS, null, null),
                new CalendarDay(LocalDate.of(2025, 9, 1), CalendarDay.Kind.PUBLIC_HOLIDAY, StatutoryHoliday.NATIONAL_DAY, null, "province"),
                new CalendarDay(LocalDate.of(2025, 1, 27), CalendarDay.Kind.DECISION_DAY_OFF, null, null, "province"),
                new CalendarDay(LocalDate.of(2025, 2, 15), CalendarDay.Kind.MAKE_UP_DAY, null, null, "province"),
                new CalendarDay(LocalDate.of(2025, 3, 11), CalendarDay.Kind.LOCAL_DAY_OFF, null, "Giải phóng", "province"),
                new CalendarDay(LocalDate.of(2025, 3, 13), CalendarDay.Kind.LOCAL_DAY_OFF, null, "Lễ hội", "commune"));
        assertThat(commune.daysOf(2026)).noneMatch(d -> d.kind() == CalendarDay.Kind.LOCAL_DAY_OFF);
    }

    private static CalendarSettings none(String tenant) {
        return CalendarSettings.none(tenant);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }
}
