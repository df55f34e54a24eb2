package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.OfficeHours.Session;

/**
 * Unless a test says otherwise: standard hours 07:30–11:30 and 13:30–17:30 (8 h, so a quarter day
 * is 2 h), Monday to Friday, Vietnam's statutory holidays of 2025–2026. The week of Monday
 * 10 March 2025 has no holiday.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam(2025, 2026);

    @Nested
    class Plus {

        @Test
        void oneDayFromOpeningEndsAtClosingTheSameDay() {
            assertThat(calendar.plus(at("2025-03-10T07:30"), days("1"))).isEqualTo(at("2025-03-10T17:30"));
        }

        @Test
        void countsAcrossTheLunchBreakAndTheNight() {
            // Monday 14:00–17:30 = 3.5 h, then 0.5 h from Tuesday 07:30: 4 h = 0.5 day
            assertThat(calendar.plus(at("2025-03-10T14:00"), days("0.5"))).isEqualTo(at("2025-03-11T08:00"));
            // Monday 10:00–11:30 = 1.5 h, lunch not counted, then 0.5 h from 13:30
            assertThat(calendar.plus(at("2025-03-10T10:00"), days("0.25"))).isEqualTo(at("2025-03-10T14:00"));
        }

        @Test
        void startBeforeOpeningCountsFromOpening() {
            // 07:30 + 2 h
            assertThat(calendar.plus(at("2025-03-10T06:00"), days("0.25"))).isEqualTo(at("2025-03-10T09:30"));
        }

        @Test
        void startDuringLunchCountsFromTheAfternoonSession() {
            // 13:30 + 2 h
            assertThat(calendar.plus(at("2025-03-10T12:00"), days("0.25"))).isEqualTo(at("2025-03-10T15:30"));
        }

        @Test
        void startAfterClosingCountsFromTheNextMorning() {
            // Tuesday 07:30–11:30 is exactly 4 h: the budget ends at the end of the morning session, not at 13:30
            assertThat(calendar.plus(at("2025-03-10T18:00"), days("0.5"))).isEqualTo(at("2025-03-11T11:30"));
        }

        @Test
        void startOnAWeekendCountsFromMonday() {
            assertThat(calendar.plus(at("2025-03-15T10:00"), days("1"))).isEqualTo(at("2025-03-17T17:30"));
            // Friday after closing: Monday 07:30 + 2 h
            assertThat(calendar.plus(at("2025-03-14T18:00"), days("0.25"))).isEqualTo(at("2025-03-17T09:30"));
        }

        @Test
        void startOnAHolidayCountsFromTheNextWorkingDay() {
            // Monday 7 April 2025 is the Hùng Kings' day (10/3 lunar): Tuesday 07:30 + 4 h
            assertThat(calendar.plus(at("2025-04-07T08:00"), days("0.5"))).isEqualTo(at("2025-04-08T11:30"));
        }

        @Test
        void skipsHolidaysInTheMiddle() {
            // statutory days only: Tuesday 29 April 2025 14:00, 3.5 h that day; 30/4 and 1/5 off; Friday 2 May 07:30 + 0.5 h
            assertThat(calendar.plus(at("2025-04-29T14:00"), days("0.5"))).isEqualTo(at("2025-05-02T08:00"));
        }

        @Test
        void quarterDays() {
            Instant monday = at("2025-03-10T07:30");
            assertThat(calendar.plus(monday, days("0.25"))).isEqualTo(at("2025-03-10T09:30"));
            // 4 h morning + 2 h from 13:30
            assertThat(calendar.plus(monday, days("0.75"))).isEqualTo(at("2025-03-10T15:30"));
            // 8 h Monday + 2 h Tuesday
            assertThat(calendar.plus(monday, days("1.25"))).isEqualTo(at("2025-03-11T09:30"));
            // Quảng Trị 71/QĐ-UBND, the 22-day procedure's first step: 5.5 days = 5 days + 4 h
            assertThat(calendar.plus(monday, days("5.5"))).isEqualTo(at("2025-03-17T11:30"));
        }

        @Test
        void zeroBudgetEndsWhereItStarts() {
            assertThat(calendar.plus(at("2025-03-15T10:00"), WorkingDays.ZERO)).isEqualTo(at("2025-03-15T10:00"));
        }

        @Test
        void officeTimeToTheMinuteCountsLikeABudget() {
            // Monday 10:00 + 2 h 17 min: 1.5 h to 11:30, lunch not counted, 47 min from 13:30
            assertThat(calendar.plus(at("2025-03-10T10:00"), Duration.ofMinutes(137))).isEqualTo(at("2025-03-10T14:17"));
            // from Friday evening: Monday's opening + 1 h
            assertThat(calendar.plus(at("2025-03-14T18:00"), Duration.ofHours(1))).isEqualTo(at("2025-03-17T08:30"));
            assertThat(calendar.plus(at("2025-03-10T10:00"), days("1.25")))
                    .isEqualTo(calendar.plus(at("2025-03-10T10:00"), Duration.ofHours(10)));
            assertThatThrownBy(() -> calendar.plus(at("2025-03-10T10:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void twentyTwoDaysAcrossTet2026() {
            // Received Tuesday 10 Feb 2026 09:00; 22 days = 176 h.
            //   Tue 10 Feb 09:00–11:30 + 13:30–17:30 = 6.5 h           (169.5 h left)
            //   Wed 11 – Fri 13 Feb: 3 × 8 h = 24 h                      (145.5 h left)
            //   Sat 14 – Sun 22 Feb: weekends and Tết Bính Ngọ, the last day of the lunar
            //   year (Mon 16) and days 1–4 of the first month (Tue 17 – Fri 20)
            //   Mon 23 Feb – Wed 18 Mar: 18 working days × 8 h = 144 h    (1.5 h left)
            //   Thu 19 Mar 07:30 + 1.5 h = 09:00
            Instant received = at("2026-02-10T09:00");

            Instant due = calendar.plus(received, WorkingDays.ofDays(22));

            assertThat(due).isEqualTo(at("2026-03-19T09:00"));
            assertThat(calendar.elapsed(received, due)).isEqualTo(WorkingDays.ofDays(22));
            // without Tết it would be one week earlier: 5 working days fewer
            WorkingCalendar noHolidays = WorkingCalendar.builder().build();
            assertThat(noHolidays.plus(received, WorkingDays.ofDays(22))).isEqualTo(at("2026-03-12T09:00"));
        }

        @Test
        void oneDayFromOpeningOfEachWorkingDayEndsThatEvening() {
            for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() == 2025; date = date.plusDays(1)) {
                Instant opening = calendar.nextOpening(at(date + "T00:00"));
                LocalDate openingDate = LocalDate.ofInstant(opening, WorkingCalendar.VIETNAM);
                assertThat(calendar.plus(opening, days("1"))).isEqualTo(at(openingDate + "T17:30"));
            }
        }
    }

    @Nested
    class WorkingTimeBetween {

        @Test
        void leavesOutLunch() {
            // 10:00–11:30 + 13:30–15:00
            assertThat(calendar.workingTimeBetween(at("2025-03-10T10:00"), at("2025-03-10T15:00")))
                    .isEqualTo(Duration.ofHours(3));
        }

        @Test
        void leavesOutNightsAndWeekends() {
            // Friday 16:00–17:30 + Monday 07:30–09:00
            assertThat(calendar.workingTimeBetween(at("2025-03-14T16:00"), at("2025-03-17T09:00")))
                    .isEqualTo(Duration.ofHours(3));
            assertThat(calendar.workingTimeBetween(at("2025-03-10T00:00"), at("2025-03-17T00:00")))
                    .isEqualTo(Duration.ofHours(40));
        }

        @Test
        void leavesOutHolidays() {
            // the week of 28 April 2025 has 30/4 and 1/5 off: 3 working days
            assertThat(calendar.workingTimeBetween(at("2025-04-28T00:00"), at("2025-05-05T00:00")))
                    .isEqualTo(Duration.ofHours(24));
        }

        @Test
        void isZeroOutsideOfficeHoursAndForAnEmptyInterval() {
            assertThat(calendar.workingTimeBetween(at("2025-03-10T11:30"), at("2025-03-10T13:30"))).isZero();
            assertThat(calendar.workingTimeBetween(at("2025-03-15T08:00"), at("2025-03-16T17:00"))).isZero();
            assertThat(calendar.workingTimeBetween(at("2025-03-10T09:00"), at("2025-03-10T09:00"))).isZero();
        }

        @Test
        void isZeroForAnIntervalGoingBackwards() {
            assertThat(calendar.workingTimeBetween(at("2025-03-10T10:00"), at("2025-03-10T09:00"))).isZero();
            assertThat(calendar.workingTimeBetween(at("2025-03-17T10:00"), at("2025-03-10T09:00"))).isZero();
        }

        @Test
        void keepsSubMinutePrecision() {
            Instant from = at("2025-03-10T08:00").plusNanos(1);
            assertThat(calendar.workingTimeBetween(from, at("2025-03-10T08:00:01")))
                    .isEqualTo(Duration.ofSeconds(1).minusNanos(1));
        }
    }

    @Nested
    class Elapsed {

        @Test
        void roundsDownToQuarterDays() {
            Instant monday = at("2025-03-10T07:30");
            // 3 h 59 min = 1.99 quarters
            assertThat(calendar.elapsed(monday, at("2025-03-10T11:29"))).isEqualTo(days("0.25"));
            // 8 h + 1 h 59 min
            assertThat(calendar.elapsed(monday, at("2025-03-11T09:29"))).isEqualTo(days("1"));
            assertThat(calendar.elapsed(monday, at("2025-03-11T09:30"))).isEqualTo(days("1.25"));
            assertThat(calendar.elapsed(monday, at("2025-03-10T09:29"))).isEqualTo(WorkingDays.ZERO);
        }

        @Test
        void isZeroForAnIntervalGoingBackwards() {
            assertThat(calendar.elapsed(at("2025-03-11T10:00"), at("2025-03-10T09:00"))).isEqualTo(WorkingDays.ZERO);
        }
    }

    @Nested
    class NextOpening {

        @Test
        void isTheInstantItselfDuringASession() {
            assertThat(calendar.nextOpening(at("2025-03-10T09:17"))).isEqualTo(at("2025-03-10T09:17"));
            assertThat(calendar.nextOpening(at("2025-03-10T07:30"))).isEqualTo(at("2025-03-10T07:30"));
            assertThat(calendar.isOpen(at("2025-03-10T09:17"))).isTrue();
        }

        @Test
        void isTheNextSessionStartOtherwise() {
            // a session's end is already closed
            assertThat(calendar.nextOpening(at("2025-03-10T11:30"))).isEqualTo(at("2025-03-10T13:30"));
            assertThat(calendar.isOpen(at("2025-03-10T11:30"))).isFalse();
            assertThat(calendar.nextOpening(at("2025-03-10T05:00"))).isEqualTo(at("2025-03-10T07:30"));
            assertThat(calendar.nextOpening(at("2025-03-14T17:30"))).isEqualTo(at("2025-03-17T07:30"));
            // online submission on the first night of Tết 2026 (Tuesday 17 Feb): the desk reopens Monday 23 Feb
            assertThat(calendar.nextOpening(at("2026-02-17T00:05"))).isEqualTo(at("2026-02-23T07:30"));
        }
    }

    @Nested
    class Days {

        @Test
        void weekdaysAreWorkingDaysWeekendsAndHolidaysAreNot() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-10"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-15"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-16"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-01"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
            assertThat(calendar.officeHoursOn(LocalDate.parse("2025-03-10"))).contains(OfficeHours.standard());
            assertThat(calendar.officeHoursOn(LocalDate.parse("2025-03-15"))).isEmpty();
        }

        @Test
        void makeUpSaturdayWorksWithStandardHours() {
            // hypothetical: Saturday 15 March 2025 declared a make-up working day
            WorkingCalendar withMakeUp = WorkingCalendar.builder()
                    .makeUpWorkingDays(Set.of(LocalDate.parse("2025-03-15")))
                    .build();

            assertThat(withMakeUp.isWorkingDay(LocalDate.parse("2025-03-15"))).isTrue();
            assertThat(withMakeUp.isWorkingDay(LocalDate.parse("2025-03-16"))).isFalse();
            // Friday 14:00–17:30 = 3.5 h, Saturday 07:30 + 0.5 h
            assertThat(withMakeUp.plus(at("2025-03-14T14:00"), days("0.5"))).isEqualTo(at("2025-03-15T08:00"));
            assertThat(withMakeUp.workingTimeBetween(at("2025-03-15T00:00"), at("2025-03-16T00:00")))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void localDayOffClosesTheDeskEvenOnAMakeUpDay() {
            WorkingCalendar local = WorkingCalendar.builder()
                    .makeUpWorkingDays(Set.of(LocalDate.parse("2025-03-15")))
                    .localDaysOff(Set.of(LocalDate.parse("2025-03-12"), LocalDate.parse("2025-03-15")))
                    .build();

            assertThat(local.isWorkingDay(LocalDate.parse("2025-03-12"))).isFalse();
            assertThat(local.isWorkingDay(LocalDate.parse("2025-03-15"))).isFalse();
            // Tuesday 17:00 + 0.5 day: 0.5 h Tuesday, Wednesday off, Thursday 07:30 + 3.5 h
            assertThat(local.plus(at("2025-03-11T17:00"), days("0.5"))).isEqualTo(at("2025-03-13T11:00"));
        }
    }

    @Nested
    class Covers {

        @Test
        void theYearsWhoseStatutoryHolidaysItHolds() {
            assertThat(calendar.covers(2024)).isFalse();
            assertThat(calendar.covers(2025)).isTrue();
            assertThat(calendar.covers(2026)).isTrue();
            assertThat(calendar.covers(2027)).isFalse();
        }

        @Test
        void noYearWithoutAHolidaySchedule() {
            WorkingCalendar bare = WorkingCalendar.builder()
                    .publicHolidays(Set.of(LocalDate.parse("2025-01-01")))
                    .build();

            assertThat(bare.covers(2025)).isFalse();
        }

        @Test
        void theYearsOfEverySchedule() {
            WorkingCalendar twoYears = WorkingCalendar.builder()
                    .holidaySchedule(VietnamHolidays.forYear(2027))
                    .holidaySchedule(VietnamHolidays.forYear(2029))
                    .build();

            assertThat(twoYears.covers(2027)).isTrue();
            assertThat(twoYears.covers(2028)).isFalse();
            assertThat(twoYears.covers(2029)).isTrue();
        }
    }

    @Nested
    class SaturdayMorningDesk {

        private final WorkingCalendar desk = WorkingCalendar.builder()
                .officeHours(DayOfWeek.SATURDAY, OfficeHours.of(Session.of("07:30", "11:30")))
                .build();

        @Test
        void opensSaturdayMorningOnly() {
            assertThat(desk.isWorkingDay(LocalDate.parse("2025-03-15"))).isTrue();
            assertThat(desk.isWorkingDay(LocalDate.parse("2025-03-16"))).isFalse();
            assertThat(desk.workingTimeBetween(at("2025-03-15T00:00"), at("2025-03-16T00:00")))
                    .isEqualTo(Duration.ofHours(4));
            assertThat(desk.nextOpening(at("2025-03-15T11:30"))).isEqualTo(at("2025-03-17T07:30"));
        }

        @Test
        void aSaturdayMorningIsHalfAWorkingDay() {
            // Friday 16:00–17:30 = 1.5 h, Saturday 07:30 + 2.5 h
            assertThat(desk.plus(at("2025-03-14T16:00"), days("0.5"))).isEqualTo(at("2025-03-15T10:00"));
            // Friday 1.5 h + Saturday 4 h + Monday 07:30 + 2.5 h
            assertThat(desk.plus(at("2025-03-14T16:00"), days("1"))).isEqualTo(at("2025-03-17T10:00"));
            assertThat(desk.elapsed(at("2025-03-15T00:00"), at("2025-03-16T00:00"))).isEqualTo(days("0.5"));
        }

        @Test
        void aMakeUpSaturdayGetsTheFullStandardDay() {
            WorkingCalendar withMakeUp = WorkingCalendar.builder()
                    .officeHours(DayOfWeek.SATURDAY, OfficeHours.of(Session.of("07:30", "11:30")))
                    .makeUpWorkingDays(Set.of(LocalDate.parse("2025-03-15")))
                    .build();

            assertThat(withMakeUp.officeHoursOn(LocalDate.parse("2025-03-15"))).contains(OfficeHours.standard());
            assertThat(withMakeUp.officeHoursOn(LocalDate.parse("2025-03-22")).orElseThrow().length())
                    .isEqualTo(Duration.ofHours(4));
        }
    }

    @Nested
    class Building {

        @Test
        void defaultsToVietnamMondayToFridayStandardHours() {
            WorkingCalendar defaults = WorkingCalendar.builder().build();

            assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
            assertThat(defaults.officeHours()).isEqualTo(OfficeHours.standard());
            assertThat(defaults.durationOf(days("0.25"))).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void quarterDayFollowsTheStandardHours() {
            WorkingCalendar shortDays = WorkingCalendar.builder()
                    .officeHours(OfficeHours.of(Session.of("08:00", "12:00"), Session.of("13:00", "16:00")))
                    .build();

            assertThat(shortDays.durationOf(days("1"))).isEqualTo(Duration.ofHours(7));
            assertThat(shortDays.durationOf(days("0.25"))).isEqualTo(Duration.ofMinutes(105));
        }

        @Test
        void workingWeekdaysCanBeReplaced() {
            WorkingCalendar sixDays = WorkingCalendar.builder()
                    .workingWeekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                    .build();

            assertThat(sixDays.officeHoursOn(LocalDate.parse("2025-03-15"))).contains(OfficeHours.standard());
        }

        @Test
        void usesItsZone() {
            WorkingCalendar utc = WorkingCalendar.builder().zone(ZoneId.of("UTC")).build();

            assertThat(utc.nextOpening(Instant.parse("2025-03-10T05:00:00Z"))).isEqualTo(Instant.parse("2025-03-10T07:30:00Z"));
        }

        @Test
        void refusesACalendarThatNeverWorks() {
            assertThatThrownBy(() -> WorkingCalendar.builder().workingWeekdays(Set.of()).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one working weekday");
        }

        @Test
        void refusesADayThatIsBothHolidayAndMakeUpDay() {
            LocalDate day = LocalDate.parse("2025-03-15");
            assertThatThrownBy(() -> WorkingCalendar.builder()
                    .publicHolidays(Set.of(day)).makeUpWorkingDays(Set.of(day)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-03-15");
        }

        @Test
        void refusesMissingSettings() {
            assertThatThrownBy(() -> WorkingCalendar.builder().zone(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WorkingCalendar.vietnam(2026, 2025)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    static WorkingDays days(String days) {
        return WorkingDays.of(days);
    }
}
