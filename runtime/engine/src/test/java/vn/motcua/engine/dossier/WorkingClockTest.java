package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.engine.dossier.QuangTri.at;

/** The clock on Vietnam's 2026 calendar: 07:30–11:30 and 13:30–17:30, Hùng Kings' day in lieu Monday 27 April, 30 April and 1 May off. */
class WorkingClockTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam(2026, 2027);

    @Test
    void the_due_counts_office_time_across_the_april_holidays() {
        // Fri 24/4 09:00–17:30 = 6.5 h; Mon 27 off; Tue 28, Wed 29 = 16 h; Thu 30, Fri 1/5 off; Mon 4/5 1.5 h: 24 h
        WorkingClock clock = WorkingClock.start(at("2026-04-24T09:00"), WorkingDays.ofDays(3));

        assertThat(clock.due(calendar)).isEqualTo(at("2026-05-04T09:00"));
    }

    @Test
    void a_pause_moves_the_due_by_exactly_the_office_time_it_lasted() {
        WorkingClock clock = WorkingClock.start(at("2026-04-24T09:00"), WorkingDays.ofDays(3));

        // paused Tue 28/4 10:10 to Wed 29/4 14:47: 1h20 + 4h + 4h + 1h17 = 10 h 37 min of office time
        WorkingClock resumed = clock.pause(at("2026-04-28T10:10")).resume(at("2026-04-29T14:47"), calendar);

        assertThat(resumed.pausedWorkingTime()).isEqualTo(Duration.ofMinutes(10 * 60 + 37));
        // 09:00 Mon 4/5 + 10 h 37: 2.5 h to 11:30, 4 h in the afternoon, Tue 5/5 morning 4 h, 7 min from 13:30
        assertThat(resumed.due(calendar)).isEqualTo(at("2026-05-05T13:37"));
        assertThat(calendar.workingTimeBetween(clock.due(calendar), resumed.due(calendar)))
                .isEqualTo(resumed.pausedWorkingTime());
    }

    @Test
    void two_pauses_add_up_and_a_pause_over_a_holiday_costs_nothing_for_the_holiday() {
        WorkingClock clock = WorkingClock.start(at("2026-04-24T09:00"), WorkingDays.ofDays(3))
                .pause(at("2026-04-24T17:00")).resume(at("2026-04-28T08:00"), calendar)   // 0.5 h + 0.5 h
                .pause(at("2026-04-29T17:30")).resume(at("2026-05-04T07:30"), calendar);  // nothing: closed all along

        assertThat(clock.pausedWorkingTime()).isEqualTo(Duration.ofHours(1));
        assertThat(clock.due(calendar)).isEqualTo(at("2026-05-04T10:00"));
    }

    @Test
    void ended_before_the_due_day_is_early_on_the_due_day_on_time_after_the_due_late() {
        WorkingClock clock = WorkingClock.start(at("2026-04-24T09:00"), WorkingDays.ofDays(3));

        assertThat(clock.lateness(at("2026-04-29T17:00"), calendar)).isEqualTo(Lateness.EARLY);
        assertThat(clock.lateness(at("2026-05-04T08:00"), calendar)).isEqualTo(Lateness.ON_TIME);
        assertThat(clock.lateness(at("2026-05-04T09:00"), calendar)).isEqualTo(Lateness.ON_TIME);
        assertThat(clock.lateness(at("2026-05-04T09:01"), calendar)).isEqualTo(Lateness.LATE);
    }

    @Test
    void about_to_be_late_within_half_a_working_day_of_the_due() {
        WorkingClock clock = WorkingClock.start(at("2026-04-24T09:00"), WorkingDays.ofDays(3));
        WorkingDays half = CommandContext.DEFAULT_WARNING;

        // four office hours before Mon 4/5 09:00: 1.5 h on Monday, 2.5 h on Wed 29/4 from 15:00
        assertThat(clock.warningAt(half, calendar)).isEqualTo(at("2026-04-29T15:00"));
        assertThat(clock.isAboutToBeLate(at("2026-04-29T14:59"), half, calendar)).isFalse();
        assertThat(clock.isAboutToBeLate(at("2026-04-29T15:00"), half, calendar)).isTrue();
        assertThat(clock.isAboutToBeLate(at("2026-05-01T10:00"), half, calendar)).isTrue();
        assertThat(clock.isAboutToBeLate(at("2026-05-04T09:01"), half, calendar)).as("late, no longer about to be").isFalse();
        assertThat(clock.pause(at("2026-04-29T16:00")).isAboutToBeLate(at("2026-04-29T16:30"), half, calendar))
                .as("the citizen holds a paused dossier").isFalse();
    }
}
