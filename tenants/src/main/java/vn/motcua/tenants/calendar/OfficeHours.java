package vn.motcua.tenants.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The working sessions of a desk's day, in order, e.g. morning 07:30–11:30 and afternoon
 * 13:30–17:30. The clock runs only inside a session: a lunch break or the night does not count.
 *
 * <p>The length of a calendar's standard office hours defines its working day, so a quarter day is
 * a quarter of {@link #length()}: two hours with the {@linkplain #standard() standard} hours.
 */
public final class OfficeHours {

    private static final OfficeHours STANDARD = of(
            Session.of("07:30", "11:30"),
            Session.of("13:30", "17:30"));

    private final List<Session> sessions;
    private final Duration length;

    private OfficeHours(List<Session> sessions) {
        this.sessions = sessions;
        this.length = sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The common office hours of Vietnamese state agencies: 07:30–11:30 and 13:30–17:30, 8 hours. */
    public static OfficeHours standard() {
        return STANDARD;
    }

    public static OfficeHours of(Session... sessions) {
        return of(List.of(sessions));
    }

    /** @throws IllegalArgumentException if there is no session, or sessions are out of order or overlap */
    public static OfficeHours of(List<Session> sessions) {
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one session");
        }
        if (sessions.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Office hours cannot have an empty session: " + sessions);
        }
        List<Session> copy = List.copyOf(sessions);
        for (int i = 1; i < copy.size(); i++) {
            Session previous = copy.get(i - 1);
            Session next = copy.get(i);
            if (next.start().isBefore(previous.end())) {
                throw new IllegalArgumentException("Office hours sessions must be in order and must not"
                        + " overlap: " + previous + " then " + next);
            }
        }
        return new OfficeHours(copy);
    }

    public List<Session> sessions() {
        return sessions;
    }

    /** The working time of one day under these hours. */
    public Duration length() {
        return length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficeHours hours && sessions.equals(hours.sessions);
    }

    @Override
    public int hashCode() {
        return sessions.hashCode();
    }

    @Override
    public String toString() {
        return sessions.toString();
    }

    /** One uninterrupted stretch of office time within a day, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            if (start == null || end == null) {
                throw new IllegalArgumentException("A session needs a start and an end time");
            }
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException(
                        "A session must end after it starts, within the same day: " + start + "–" + end);
            }
        }

        /** @param start e.g. "07:30" @param end e.g. "11:30" */
        public static Session of(String start, String end) {
            return new Session(LocalTime.parse(start), LocalTime.parse(end));
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "–" + end;
        }
    }
}
