package vn.motcua.engine.dossier;

import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A budget of working time running from a start on a tenant's working calendar, paused while the
 * dossier waits for the citizen. The due instant is the start plus the budget plus the office time
 * spent paused, so a supplement wait moves the due by exactly the paused working time — not by a
 * rounded number of days, and never twice (one-stop-rules.md: a second supplement request must not
 * flag a dossier late; the 766 index excludes the supplement wait).
 *
 * <p>The due is computed, never stored as the truth: {@code calendar.plus(start, budget + paused)}
 * equals the due moved by each pause in turn, because every completed pause lies between the start
 * and the moved due. Immutable; the aggregate replaces its clocks.
 *
 * @param pausedWorkingTime office time spent in completed pauses
 * @param pausedSince       when the current pause began, null while running
 */
public record WorkingClock(Instant start, WorkingDays budget, Duration pausedWorkingTime, Instant pausedSince) {

    public WorkingClock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(budget, "budget");
        pausedWorkingTime = pausedWorkingTime == null ? Duration.ZERO : pausedWorkingTime;
    }

    public static WorkingClock start(Instant at, WorkingDays budget) {
        return new WorkingClock(at, budget, Duration.ZERO, null);
    }

    /** When the budget runs out; while paused, as it stands should the wait end now-ish (it moves on). */
    public Instant due(WorkingCalendar calendar) {
        return calendar.plus(start, calendar.durationOf(budget).plus(pausedWorkingTime));
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public WorkingClock pause(Instant at) {
        if (isPaused()) {
            throw new IllegalStateException("the clock has been paused since " + pausedSince);
        }
        return new WorkingClock(start, budget, pausedWorkingTime, at);
    }

    /** Runs again, the office time since the pause added to the paused time. */
    public WorkingClock resume(Instant at, WorkingCalendar calendar) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        return new WorkingClock(start, budget, pausedWorkingTime.plus(calendar.workingTimeBetween(pausedSince, at)), null);
    }

    /** Early, on time or late, for work ended at {@code ended}. */
    public Lateness lateness(Instant ended, WorkingCalendar calendar) {
        return Lateness.of(ended, due(calendar), calendar.zone());
    }

    /**
     * Whether the work, still running at {@code now}, is due within {@code window} of working time
     * (default half a day, {@link CommandContext#DEFAULT_WARNING}) without being late yet: "about to
     * be late", shown to its leader. A paused clock is not about to be late: the citizen holds it.
     */
    public boolean isAboutToBeLate(Instant now, WorkingDays window, WorkingCalendar calendar) {
        Instant due = due(calendar);
        return !isPaused() && !now.isAfter(due)
                && calendar.workingTimeBetween(now, due).compareTo(calendar.durationOf(window)) <= 0;
    }

    /** The instant the work becomes about to be late: {@code window} of working time before the due. */
    public Instant warningAt(WorkingDays window, WorkingCalendar calendar) {
        Duration lead = calendar.durationOf(budget).minus(calendar.durationOf(window));
        return calendar.plus(start, (lead.isNegative() ? Duration.ZERO : lead).plus(pausedWorkingTime));
    }

    public boolean isLate(Instant now, WorkingCalendar calendar) {
        return now.isAfter(due(calendar));
    }
}
