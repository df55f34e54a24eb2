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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Days in lieu of holidays on a weekly rest day, Labour Code 2019 art. 111(3), checked against
 * the days the yearly notices gave civil servants (Monday to Friday).
 */
class DaysInLieuTest {

    private static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

    @Test
    void holidays_of_2022_on_a_weekend_give_the_next_working_days() {
        // 1/1 a Saturday; Hùng Kings' day 10/4 a Sunday; 30/4 and 1/5 Saturday and Sunday:
        // the 2022 notices gave Monday 3/1, Monday 11/4, and Monday 2/5 and Tuesday 3/5
        assertThat(VietnamHolidays.daysInLieu(companion1(2022), VietnamHolidays.MONDAY_TO_FRIDAY)).isEqualTo(new TreeMap<>(Map.of(
                LocalDate.of(2022, 1, 3), StatutoryHoliday.NEW_YEAR,
                LocalDate.of(2022, 4, 11), StatutoryHoliday.HUNG_KINGS,
                LocalDate.of(2022, 5, 2), StatutoryHoliday.VICTORY_DAY,
                LocalDate.of(2022, 5, 3), StatutoryHoliday.LABOUR_DAY)));
        assertThat(VietnamHolidays.forYear(2022).daysOff()).contains(LocalDate.of(2022, 5, 3));
    }

    @Test
    void national_day_2023_on_a_saturday_gives_monday_4_september() {
        // 2023: 1/1 a Sunday gives Monday 2/1; 2/9 a Saturday, with Friday 1/9 its companion, gives Monday 4/9
        assertThat(VietnamHolidays.daysInLieu(companion1(2023), VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsEntry(LocalDate.of(2023, 1, 2), StatutoryHoliday.NEW_YEAR)
                .containsEntry(LocalDate.of(2023, 9, 4), StatutoryHoliday.NATIONAL_DAY)
                .doesNotContainKey(LocalDate.of(2023, 9, 5));
    }

    @Test
    void the_days_in_lieu_of_a_run_of_holidays_come_after_the_whole_run() {
        // 2023: Hùng Kings' day 29/4 a Saturday, 30/4 a Sunday, 1/5 a Monday: Tuesday 2/5 and Wednesday 3/5
        assertThat(VietnamHolidays.daysInLieu(companion1(2023), VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsEntry(LocalDate.of(2023, 5, 2), StatutoryHoliday.HUNG_KINGS)
                .containsEntry(LocalDate.of(2023, 5, 3), StatutoryHoliday.VICTORY_DAY);
    }

    @Test
    void a_notice_that_places_the_days_of_a_tet_block_itself_wins() {
        // Tết 2020: 30 Chạp on Friday 24/1, mùng 1 and 2 on Saturday 25 and Sunday 26. By the rule the
        // days in lieu are Wednesday 29 and Thursday 30; the notice gave Thursday 23 and Wednesday 29
        // (off from 23 to 29 January 2020), so the notice's block stands and nothing is added to it.
        assertThat(VietnamHolidays.daysInLieu(companion1(2020), VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsEntry(LocalDate.of(2020, 1, 29), StatutoryHoliday.TET)
                .containsEntry(LocalDate.of(2020, 1, 30), StatutoryHoliday.TET);
        HolidayDecision notice = new HolidayDecision(2020, Set.of(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 1, 29)),
                Set.of(), LocalDate.of(2020, 9, 1));
        assertThat(VietnamHolidays.daysInLieu(notice, VietnamHolidays.MONDAY_TO_FRIDAY)).doesNotContainKeys(
                LocalDate.of(2020, 1, 23), LocalDate.of(2020, 1, 29), LocalDate.of(2020, 1, 30));
        WorkingCalendar calendar = WorkingCalendar.builder().holidaySchedule(VietnamHolidays.forYear(2020, notice)).build();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 22))).isTrue();
        for (LocalDate day = LocalDate.of(2020, 1, 23); !day.isAfter(LocalDate.of(2020, 1, 29)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 30))).isTrue();
    }

    @Test
    void a_notice_elsewhere_in_the_year_leaves_the_other_days_in_lieu_to_the_rule() {
        // a 2022 notice that only swaps a Tết day still gets the computed days in lieu of April and May
        HolidayDecision tetOnly = new HolidayDecision(2022, Set.of(LocalDate.of(2022, 1, 28)), Set.of(), LocalDate.of(2022, 9, 1));
        assertThat(VietnamHolidays.daysInLieu(tetOnly, VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsKeys(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
    }

    @Test
    void tet_2025_by_the_statute_alone_gives_monday_3_february_but_not_under_the_notice() {
        // statutory placement 28/1–1/2, Saturday 1/2 gives Monday 3/2; the notice made Monday 27/1
        // a day off, spanning the block from Saturday 25/1 to Sunday 2/2: Monday 3/2 is worked
        assertThat(VietnamHolidays.daysInLieu(companion1(2025), VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsEntry(LocalDate.of(2025, 2, 3), StatutoryHoliday.TET);
        HolidayDecision notice = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)), Set.of(), LocalDate.of(2025, 9, 1));
        assertThat(VietnamHolidays.daysInLieu(notice, VietnamHolidays.MONDAY_TO_FRIDAY)).doesNotContainKey(LocalDate.of(2025, 2, 3));
    }

    @Test
    void a_saturday_morning_desk_rests_on_sunday_only() {
        // Monday to Saturday: 30/4/2022 is its working Saturday, closed for the holiday and owed
        // nothing; 1/5 is its Sunday, owed Monday 2/5; 1/1/2022 (Saturday) gives nothing either
        assertThat(VietnamHolidays.daysInLieu(companion1(2022), MONDAY_TO_SATURDAY)).isEqualTo(new TreeMap<>(Map.of(
                LocalDate.of(2022, 4, 11), StatutoryHoliday.HUNG_KINGS,
                LocalDate.of(2022, 5, 2), StatutoryHoliday.LABOUR_DAY)));
    }

    @Test
    void a_day_in_lieu_skips_a_make_up_day() {
        // were Sunday 2/1/2022 a make-up day, it pays back a swap: New Year's day in lieu stays Monday 3/1
        HolidayDecision decision = new HolidayDecision(2022, Set.of(), Set.of(LocalDate.of(2022, 1, 2)), LocalDate.of(2022, 9, 1));
        assertThat(VietnamHolidays.daysInLieu(decision, VietnamHolidays.MONDAY_TO_FRIDAY))
                .containsEntry(LocalDate.of(2022, 1, 3), StatutoryHoliday.NEW_YEAR)
                .doesNotContainKey(LocalDate.of(2022, 1, 2));
    }

    @Test
    void the_clock_does_not_run_on_a_day_in_lieu() {
        WorkingCalendar calendar = WorkingCalendar.vietnam(2022, 2022);
        // Friday 29/4/2022 17:00 + half a day: 30 minutes on Friday, then Wednesday 4/5 from 07:30
        assertThat(calendar.plus(at("2022-04-29T17:00"), WorkingDays.ofQuarters(2))).isEqualTo(at("2022-05-04T11:00"));
        assertThat(calendar.workingTimeBetween(at("2022-04-29T17:30"), at("2022-05-04T07:30"))).isZero();
    }

    @Test
    void the_days_of_a_year_list_the_days_in_lieu_with_their_holiday() {
        InheritedCalendar calendar = InheritedCalendar.builtIn("commune");
        assertThat(calendar.daysOf(2022)).contains(
                new CalendarDay(LocalDate.of(2022, 1, 3), CalendarDay.Kind.DAY_IN_LIEU, StatutoryHoliday.NEW_YEAR, null, null));
        assertThat(calendar.isDayOff(LocalDate.of(2022, 5, 3))).isTrue();
        InheritedCalendar saturdayDesk = InheritedCalendar.of(List.of(new CalendarSettings("commune", null,
                new WorkingWeek(MONDAY_TO_SATURDAY, Map.of()), List.of(), List.of())));
        assertThat(saturdayDesk.isDayOff(LocalDate.of(2022, 5, 3))).isFalse();
        assertThat(saturdayDesk.workingCalendar(2022, 2022).isWorkingDay(LocalDate.of(2022, 5, 3))).isTrue();
    }

    private static HolidayDecision companion1(int year) {
        return HolidayDecision.statutoryOnly(year);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.VIETNAM).toInstant();
    }
}
