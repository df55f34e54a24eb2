package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class VietnamHolidaysTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
    })
    void lunarNewYear(int year, LocalDate tet) {
        assertThat(VietnamHolidays.lunarNewYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Hùng Kings {0} is {1}")
    @CsvSource({
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
    })
    void hungKingsDay(int year, LocalDate day) {
        assertThat(VietnamHolidays.hungKingsDay(year)).isEqualTo(day);
    }

    /**
     * Years when the new moon of Tết fell between 23:00 and midnight Beijing time: Vietnam (UTC+7)
     * started the year a day, or a month, before China (UTC+8). 1968 is the year North Vietnam
     * moved its lunar calendar to UTC+7, celebrating Tết Mậu Thân on 29 January, the South on the 30th.
     */
    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1968, 1968-01-29, 1968-01-30",
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
    })
    void vietnamCountsNewMoonsAtUtcPlus7NotUtcPlus8(int year, LocalDate vietnam, LocalDate china) {
        assertThat(VietnamHolidays.lunarNewYear(year)).isEqualTo(vietnam);
        assertThat(chineseNewYearByIcu(year)).isEqualTo(china);
    }

    /**
     * Tết and the Hùng Kings' day of every year from 1968 (when Vietnam moved its lunar calendar
     * to UTC+7) to 2100, computed independently with Hồ Ngọc Đức's published algorithm for the
     * Vietnamese calendar (Meeus's new moons, time zone 7): pins ICU's astronomy so that an ICU
     * upgrade which moves a date fails here.
     */
    @ParameterizedTest(name = "{0}: Tết {1}, Hùng Kings {2}")
    @CsvFileSource(resources = "/calendar/vietnamese-lunar-1968-2100.csv", numLinesToSkip = 1)
    void agreesWithAnIndependentComputationOfTheVietnameseCalendar(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(VietnamHolidays.lunarNewYear(year)).isEqualTo(tet);
        assertThat(VietnamHolidays.hungKingsDay(year)).isEqualTo(hungKings);
    }

    @Test
    void lunarDatesInTheMiddleOfTheYear() {
        // 15/8 lunar (mid-autumn) 2025 was 6 October 2025
        assertThat(VietnameseLunarCalendar.toGregorian(2025, 8, 15)).isEqualTo(LocalDate.parse("2025-10-06"));
        assertThatThrownBy(() -> VietnameseLunarCalendar.toGregorian(2025, 13, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elevenStatutoryDaysOf2026() {
        // Labour Code 2019 art. 112(1); Tết Bính Ngọ: Mon 16 Feb (last day of Ất Tỵ) to Fri 20 Feb (day 4)
        assertThat(VietnamHolidays.statutoryHolidays(HolidayDecision.statutoryOnly(2026))).containsExactly(
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-16"),
                LocalDate.parse("2026-02-17"),
                LocalDate.parse("2026-02-18"),
                LocalDate.parse("2026-02-19"),
                LocalDate.parse("2026-02-20"),
                LocalDate.parse("2026-04-26"),
                LocalDate.parse("2026-04-30"),
                LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-09-02"));
    }

    @Test
    void tetIncludesTheLastDayOfAShortTwelfthMonth() {
        // in 2025 the twelfth month of Giáp Thìn had 29 days: its last day was 28 January
        assertThat(VietnamHolidays.forYear(2025).daysOff()).contains(
                LocalDate.parse("2025-01-28"),
                LocalDate.parse("2025-01-29"),
                LocalDate.parse("2025-02-01"))
                .doesNotContain(LocalDate.parse("2025-01-27"), LocalDate.parse("2025-02-02"));
    }

    @Test
    void theYearlyDecisionChoosesTheNationalDayCompanionAndAddsDays() {
        // a clearly hypothetical decision for 2030, not a real one: Wednesday 6 Feb (the day
        // after Tết's last day) swapped with Saturday 16 Feb, Monday 29 April bridged to 30 April
        HolidayDecision decision = new HolidayDecision(2030,
                Set.of(LocalDate.parse("2030-02-06"), LocalDate.parse("2030-04-29")),
                Set.of(LocalDate.parse("2030-02-16")),
                LocalDate.parse("2030-09-03"));

        HolidaySchedule schedule = VietnamHolidays.forYear(2030, decision);

        assertThat(schedule.years()).containsExactly(2030);
        assertThat(schedule.daysOff())
                .hasSize(11 + 2)
                .contains(LocalDate.parse("2030-09-02"), LocalDate.parse("2030-09-03"),
                        LocalDate.parse("2030-02-06"), LocalDate.parse("2030-04-29"))
                .doesNotContain(LocalDate.parse("2030-09-01"));
        assertThat(schedule.makeUpWorkingDays()).containsExactly(LocalDate.parse("2030-02-16"));

        WorkingCalendar calendar = WorkingCalendar.builder().holidaySchedule(schedule).build();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-04-29"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-02-16"))).isTrue();
        assertThat(calendar.officeHoursOn(LocalDate.parse("2030-02-16"))).contains(OfficeHours.standard());
        assertThat(calendar.covers(2030)).isTrue();
        assertThat(calendar.covers(2031)).isFalse();
    }

    @Test
    void withoutADecisionTheCompanionIsTheFirstOfSeptember() {
        assertThat(VietnamHolidays.forYear(2026).daysOff()).contains(LocalDate.parse("2026-09-01"))
                .doesNotContain(LocalDate.parse("2026-09-03"));
    }

    @Test
    void aHolidayOnASundayIsMadeUpOnMonday() {
        // Hùng Kings' day 2026 is a Sunday: Monday 27 April is off in lieu (Labour Code 2019 art. 111(3))
        WorkingCalendar calendar = WorkingCalendar.vietnam(2026, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-27"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-28"))).isTrue();
    }

    @Test
    void refusesANationalDayCompanionOtherThanTheFirstOrThirdOfSeptember() {
        assertThatThrownBy(() -> new HolidayDecision(2026, Set.of(), Set.of(), LocalDate.parse("2026-09-04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or 3 September 2026");
        assertThatThrownBy(() -> new HolidayDecision(2026, Set.of(), Set.of(), LocalDate.parse("2025-09-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayDecision(2026, Set.of(), Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMakeUpDayThatIsNotAWeekendDay() {
        assertThatThrownBy(() -> new HolidayDecision(2026, Set.of(), Set.of(LocalDate.parse("2026-03-11")),
                LocalDate.parse("2026-09-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Saturday or a Sunday")
                .hasMessageContaining("2026-03-11");
    }

    @Test
    void refusesADayBothOffAndWorked() {
        LocalDate saturday = LocalDate.parse("2026-02-28");
        assertThatThrownBy(() -> new HolidayDecision(2026, Set.of(saturday), Set.of(saturday), LocalDate.parse("2026-09-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
        // Saturday 1 February 2025 is the fourth day of Tết Ất Tỵ
        HolidayDecision workOnTet = new HolidayDecision(2025, Set.of(), Set.of(LocalDate.parse("2025-02-01")),
                LocalDate.parse("2025-09-01"));
        assertThatThrownBy(() -> VietnamHolidays.forYear(2025, workOnTet))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-02-01");
    }

    @Test
    void refusesADecisionOfAnotherYear() {
        assertThatThrownBy(() -> VietnamHolidays.forYear(2027, HolidayDecision.statutoryOnly(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void schedulesOfSeveralYearsCombine() {
        HolidaySchedule both = VietnamHolidays.forYear(2025).plus(VietnamHolidays.forYear(2026));

        assertThat(both.years()).containsExactly(2025, 2026);
        // 11 statutory days a year, and a day in lieu each: Monday 3/2/2025 (Tết on Saturday 1/2), Monday 27/4/2026
        assertThat(both.daysOff()).hasSize(24).contains(LocalDate.parse("2025-02-03"), LocalDate.parse("2026-04-27")).first().isEqualTo(LocalDate.parse("2025-01-01"));
    }

    private static LocalDate chineseNewYearByIcu(int year) {
        ChineseCalendar china = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        china.clear();
        china.set(Calendar.JULIAN_DAY, Math.toIntExact(LocalDate.of(year, 6, 1).toEpochDay() + 2_440_588L));
        int extendedYear = china.get(Calendar.EXTENDED_YEAR);
        china.clear();
        china.set(Calendar.EXTENDED_YEAR, extendedYear);
        china.set(Calendar.MONTH, 0);
        china.set(Calendar.IS_LEAP_MONTH, 0);
        china.set(Calendar.DATE, 1);
        return LocalDate.ofEpochDay(china.get(Calendar.JULIAN_DAY) - 2_440_588L);
    }
}
