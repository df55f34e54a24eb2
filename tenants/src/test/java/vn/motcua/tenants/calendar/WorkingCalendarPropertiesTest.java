package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.tenants.calendar.OfficeHours.Session;

/** Properties that must hold for any start and budget, checked on random samples with fixed seeds. */
class WorkingCalendarPropertiesTest {

    private static final Instant FIRST = WorkingCalendarTest.at("2025-01-01T00:00");
    private static final long SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();

    static Stream<Arguments> calendars() {
        return Stream.of(
                Arguments.of("Vietnam 2025–2028", WorkingCalendar.vietnam(2025, 2028)),
                Arguments.of("Saturday-morning desk with a make-up Saturday and local days off",
                        WorkingCalendar.builder()
                                .officeHours(DayOfWeek.SATURDAY, OfficeHours.of(Session.of("07:30", "11:30")))
                                .holidaySchedule(VietnamHolidays.forYear(2025))
                                .holidaySchedule(VietnamHolidays.forYear(2026))
                                .holidaySchedule(VietnamHolidays.forYear(2027))
                                .holidaySchedule(VietnamHolidays.forYear(2028))
                                .makeUpWorkingDays(Set.of(LocalDate.parse("2025-03-16")))
                                .localDaysOff(Set.of(LocalDate.parse("2025-06-10"), LocalDate.parse("2026-06-10")))
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void workingTimeUpToPlusIsTheBudget(String name, WorkingCalendar calendar) {
        Random random = new Random(20260210L);
        for (int i = 0; i < 2_000; i++) {
            Instant start = randomInstant(random);
            WorkingDays budget = randomBudget(random);

            Instant end = calendar.plus(start, budget);

            assertThat(calendar.workingTimeBetween(start, end))
                    .as("%s from %s", budget, start)
                    .isEqualTo(calendar.durationOf(budget));
            assertThat(calendar.elapsed(start, end)).isEqualTo(budget);
            if (!budget.isZero()) {
                assertThat(calendar.workingTimeBetween(start, end.minusNanos(1)))
                        .as("the end is the earliest such instant")
                        .isLessThan(calendar.durationOf(budget));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void plusIsAdditive(String name, WorkingCalendar calendar) {
        Random random = new Random(7L);
        for (int i = 0; i < 1_000; i++) {
            Instant start = randomInstant(random);
            WorkingDays first = WorkingDays.ofQuarters(1 + random.nextInt(40));
            WorkingDays second = WorkingDays.ofQuarters(1 + random.nextInt(40));

            assertThat(calendar.plus(calendar.plus(start, first), second))
                    .isEqualTo(calendar.plus(start, first.plus(second)));
        }
    }

    @Test
    void wholeDaysFromOpeningEndAtClosingOfTheNthWorkingDay() {
        WorkingCalendar calendar = WorkingCalendar.vietnam(2025, 2028);
        Random random = new Random(42L);
        for (int i = 0; i < 300; i++) {
            LocalDate received = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
            int days = 1 + random.nextInt(365);

            LocalDate nthWorkingDay = nthWorkingDayFrom(calendar, received, days);

            assertThat(calendar.plus(WorkingCalendarTest.at(received + "T00:00"), WorkingDays.ofDays(days)))
                    .as("%d days from %s", days, received)
                    .isEqualTo(WorkingCalendarTest.at(nthWorkingDay + "T17:30"));
        }
    }

    private static LocalDate nthWorkingDayFrom(WorkingCalendar calendar, LocalDate from, int n) {
        LocalDate date = from.minusDays(1);
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    private static Instant randomInstant(Random random) {
        Instant instant = FIRST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
        return switch (random.nextInt(4)) {
            case 0 -> instant.plusNanos(random.nextInt(1_000_000_000));
            case 1 -> instant.truncatedTo(ChronoUnit.HOURS);
            default -> instant.truncatedTo(ChronoUnit.MINUTES);
        };
    }

    /** Mostly the budgets procedures have (up to a month), sometimes up to a year. */
    private static WorkingDays randomBudget(Random random) {
        int quarters = random.nextInt(10) == 0 ? random.nextInt(365 * 4 + 1) : random.nextInt(22 * 4 + 1);
        return WorkingDays.ofQuarters(quarters);
    }
}
