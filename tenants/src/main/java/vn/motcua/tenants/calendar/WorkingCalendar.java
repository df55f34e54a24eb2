package vn.motcua.tenants.calendar;

import vn.motcua.tenants.time.Vietnam;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A desk's calendar of working time: on which days it works, during which office hours, in which
 * time zone. Every due date, pause and on-time verdict of the working-day clock comes from here.
 *
 * <p>A working day is defined by the calendar's standard {@link OfficeHours}: with the standard
 * 8 hours, one working day of budget is 8 hours of office time and a quarter day is 2 hours, even
 * on a Saturday desk open only in the morning (that morning is half a working day).
 *
 * <p>A day is a working day when it is neither a public holiday nor a local day off, and either
 * its weekday is a working weekday or it is a make-up working day. A local day off wins over a
 * make-up day (a commune may close on a day the nation works); a public holiday that is also a
 * make-up day is a contradiction and is refused when the calendar is built.
 *
 * <p>The calendar knows only the holidays it was given: build it with the years a dossier can
 * span (a long budget runs into the next year).
 *
 * <p>Immutable and thread-safe. Computations walk day by day, never minute by minute: a budget of
 * a year of working days costs a few hundred iterations.
 */
public final class WorkingCalendar {

    /** The zone a calendar reads its days in unless told otherwise: {@link Vietnam#ZONE}. */
    public static final ZoneId VIETNAM = Vietnam.ZONE;

    private final ZoneId zone;
    private final OfficeHours standardHours;
    private final Map<DayOfWeek, OfficeHours> weeklyHours;
    private final Set<LocalDate> publicHolidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final Set<LocalDate> localDaysOff;
    private final Set<Integer> holidayYears;
    private final Duration quarterDay;

    private WorkingCalendar(Builder builder) {
        this.zone = builder.zone;
        this.standardHours = builder.standardHours;
        EnumMap<DayOfWeek, OfficeHours> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : builder.workingWeekdays) {
            weekly.put(day, builder.weekdayHours.getOrDefault(day, builder.standardHours));
        }
        this.weeklyHours = weekly;
        this.publicHolidays = Set.copyOf(builder.publicHolidays);
        this.makeUpWorkingDays = Set.copyOf(builder.makeUpWorkingDays);
        this.localDaysOff = Set.copyOf(builder.localDaysOff);
        this.holidayYears = Set.copyOf(builder.holidayYears);
        this.quarterDay = standardHours.length().dividedBy(4);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The standard Vietnamese calendar: Asia/Ho_Chi_Minh, Monday to Friday, standard office
     * hours, and the statutory holidays of {@code fromYear} to {@code toYear} inclusive with no
     * yearly decision entered ({@link HolidayDecision#statutoryOnly}).
     */
    public static WorkingCalendar vietnam(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("No years from " + fromYear + " to " + toYear);
        }
        Builder builder = builder();
        for (int year = fromYear; year <= toYear; year++) {
            builder.holidaySchedule(VietnamHolidays.forYear(year));
        }
        return builder.build();
    }

    /**
     * Whether the statutory holidays of {@code year} are in this calendar. A due date computed
     * in a year it does not cover would silently treat Tết as working days, so callers check
     * this before trusting a calendar with a dossier that runs into that year.
     */
    public boolean covers(int year) {
        return holidayYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        return officeHoursOn(date).isPresent();
    }

    /** The office hours of {@code date}, or empty on a day the desk does not work. */
    public Optional<OfficeHours> officeHoursOn(LocalDate date) {
        if (publicHolidays.contains(date) || localDaysOff.contains(date)) {
            return Optional.empty();
        }
        if (makeUpWorkingDays.contains(date)) {
            return Optional.of(standardHours);
        }
        return Optional.ofNullable(weeklyHours.get(date.getDayOfWeek()));
    }

    /** Whether {@code instant} falls inside a session (start inclusive, end exclusive) of a working day. */
    public boolean isOpen(Instant instant) {
        return nextOpening(instant).equals(instant);
    }

    /**
     * The earliest instant at or after {@code instant} at which the desk is open: {@code instant}
     * itself during a session, otherwise the start of the next session. This is where the clock
     * starts for a dossier received outside office hours (online at night, on a holiday).
     */
    public Instant nextOpening(Instant instant) {
        for (LocalDate date = dateOf(instant); ; date = date.plusDays(1)) {
            for (OfficeHours.Session session : sessionsOn(date)) {
                Instant end = at(date, session.end());
                if (instant.isBefore(end)) {
                    return latest(at(date, session.start()), instant);
                }
            }
        }
    }

    /**
     * The office time between two instants: only the parts of sessions on working days count.
     * Never negative: {@link Duration#ZERO} when {@code to} is not after {@code from}, so that a
     * step finished before its own start (clock skew, a back-dated receipt) has used no time.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = dateOf(to);
        for (LocalDate date = dateOf(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (OfficeHours.Session session : sessionsOn(date)) {
                Instant start = latest(at(date, session.start()), from);
                Instant end = earliest(at(date, session.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code budget} of working time has elapsed after {@code start}: the
     * earliest {@code t} with {@code workingTimeBetween(start, t)} equal to the budget. So a start
     * outside office hours counts from the next opening, and a budget that runs out exactly at the
     * end of a session ends at that session's end (received Monday 07:30, one working day is due
     * Monday 17:30, not Tuesday 07:30). A zero budget ends at {@code start}.
     */
    public Instant plus(Instant start, WorkingDays budget) {
        return plus(start, durationOf(budget));
    }

    /**
     * The instant at which {@code workingTime} of office time has elapsed after {@code start}, as
     * {@link #plus(Instant, WorkingDays)} but to the nanosecond: a due date moved by the office time
     * a dossier spent waiting for the citizen's supplement moves by exactly that time, which is not
     * a whole number of quarter days.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     */
    public Instant plus(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time cannot be negative: " + workingTime);
        }
        Duration remaining = workingTime;
        if (remaining.isZero()) {
            return start;
        }
        for (LocalDate date = dateOf(start); ; date = date.plusDays(1)) {
            for (OfficeHours.Session session : sessionsOn(date)) {
                Instant from = latest(at(date, session.start()), start);
                Instant end = at(date, session.end());
                if (!from.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /**
     * The working days elapsed between two instants, rounded down to a whole quarter day: a step
     * that took 1 day and 1h59 of office time has used 1 day, not 1.25. Zero when {@code to} is
     * not after {@code from}.
     */
    public WorkingDays elapsed(Instant from, Instant to) {
        return WorkingDays.ofQuarters(Math.toIntExact(workingTimeBetween(from, to).dividedBy(quarterDay)));
    }

    /** The office time a budget stands for: its quarters times a quarter of the standard office hours. */
    public Duration durationOf(WorkingDays budget) {
        return quarterDay.multipliedBy(budget.quarters());
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The standard office hours: those of every working weekday without hours of its own and of
     * make-up days. Their length is this calendar's working day.
     */
    public OfficeHours officeHours() {
        return standardHours;
    }

    private Iterable<OfficeHours.Session> sessionsOn(LocalDate date) {
        return officeHoursOn(date).map(OfficeHours::sessions).orElse(List.of());
    }

    private LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Collects a calendar's settings. Defaults: Asia/Ho_Chi_Minh, {@link OfficeHours#standard()},
     * Monday to Friday, no holidays. Collections given to it are added, not replaced, so that
     * several years' schedules can be combined.
     */
    public static final class Builder {

        private ZoneId zone = VIETNAM;
        private OfficeHours standardHours = OfficeHours.standard();
        private final Set<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Map<DayOfWeek, OfficeHours> weekdayHours = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> publicHolidays = new HashSet<>();
        private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();
        private final Set<LocalDate> localDaysOff = new HashSet<>();
        private final Set<Integer> holidayYears = new HashSet<>();

        private Builder() {
        }

        public Builder zone(ZoneId zone) {
            this.zone = require(zone, "time zone");
            return this;
        }

        /** The hours of every working weekday without hours of its own, and of make-up days; they define the working day. */
        public Builder officeHours(OfficeHours hours) {
            this.standardHours = require(hours, "office hours");
            return this;
        }

        /** Makes {@code day} a working weekday with its own hours, e.g. Saturday 07:30–11:30 at some desks. */
        public Builder officeHours(DayOfWeek day, OfficeHours hours) {
            weekdayHours.put(require(day, "weekday"), require(hours, "office hours"));
            workingWeekdays.add(day);
            return this;
        }

        /** Replaces the working weekdays (Monday to Friday by default). */
        public Builder workingWeekdays(Collection<DayOfWeek> days) {
            require(days, "working weekdays");
            workingWeekdays.clear();
            workingWeekdays.addAll(days);
            return this;
        }

        public Builder workingWeekdays(DayOfWeek... days) {
            return workingWeekdays(Set.of(days));
        }

        public Builder publicHolidays(Collection<LocalDate> days) {
            publicHolidays.addAll(require(days, "public holidays"));
            return this;
        }

        /** Weekend days declared working days by the government's yearly decision. */
        public Builder makeUpWorkingDays(Collection<LocalDate> days) {
            makeUpWorkingDays.addAll(require(days, "make-up working days"));
            return this;
        }

        /** Days off decided by the tenant or its province, on top of the national ones. */
        public Builder localDaysOff(Collection<LocalDate> days) {
            localDaysOff.addAll(require(days, "local days off"));
            return this;
        }

        /** Adds a period's national days off and make-up days; the calendar then {@linkplain #covers covers} its years. */
        public Builder holidaySchedule(HolidaySchedule schedule) {
            require(schedule, "holiday schedule");
            holidayYears.addAll(schedule.years());
            publicHolidays(schedule.daysOff());
            return makeUpWorkingDays(schedule.makeUpWorkingDays());
        }

        /**
         * @throws IllegalArgumentException when no weekday is a working day (the clock would never
         *     run) or a day is both a public holiday and a make-up working day
         */
        public WorkingCalendar build() {
            if (workingWeekdays.isEmpty()) {
                throw new IllegalArgumentException("A working calendar needs at least one working weekday");
            }
            Set<LocalDate> contradictions = new HashSet<>(publicHolidays);
            contradictions.retainAll(makeUpWorkingDays);
            if (!contradictions.isEmpty()) {
                throw new IllegalArgumentException(
                        "Days cannot be both public holidays and make-up working days: " + contradictions);
            }
            return new WorkingCalendar(this);
        }

        private static <T> T require(T value, String what) {
            if (value == null) {
                throw new IllegalArgumentException("A working calendar needs its " + what);
            }
            return value;
        }
    }
}
