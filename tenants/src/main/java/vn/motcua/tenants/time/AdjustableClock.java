package vn.motcua.tenants.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows the system's until it is set, then stands still at the instant set until it
 * is moved on or released. Only the integration tests get one ({@code MOTCUA_CLOCK_ADJUSTABLE}): it
 * lets a scenario take a dossier through weeks of working days, and postings end on their own,
 * without waiting.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Instant> setTo = new AtomicReference<>();

    public AdjustableClock(Clock system) {
        this.system = Objects.requireNonNull(system);
    }

    @Override
    public Instant instant() {
        Instant fixed = setTo.get();
        return fixed != null ? fixed : system.instant();
    }

    /** From now on, the time is {@code instant} until set again, moved on or released. */
    public void setTo(Instant instant) {
        setTo.set(Objects.requireNonNull(instant));
    }

    /** Moves a set clock on by {@code duration} (a released one is set first, at the system's time). */
    public Instant advance(Duration duration) {
        return setTo.updateAndGet(i -> (i != null ? i : system.instant()).plus(duration));
    }

    /** Back to the system's time. */
    public void release() {
        setTo.set(null);
    }

    /** Whether the clock stands at an instant set by a test. */
    public boolean isSet() {
        return setTo.get() != null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
