package vn.motcua.tenants.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The weekdays a desk works and the hours of those that keep hours of their own: Monday to Friday
 * with the standard hours by default; some one-stop desks also open on Saturday morning
 * (07:30–11:30), which then counts as half a working day of budget.
 *
 * @param days     the working weekdays, at least one
 * @param ownHours the hours of working weekdays that do not keep the standard office hours
 */
public record WorkingWeek(Set<DayOfWeek> days, Map<DayOfWeek, OfficeHours> ownHours) {

    private static final WorkingWeek MONDAY_TO_FRIDAY =
            new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Map.of());

    /** @throws IllegalArgumentException when no day is a working day, or a day off has hours */
    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A working week needs at least one working weekday");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        EnumMap<DayOfWeek, OfficeHours> hours = new EnumMap<>(DayOfWeek.class);
        if (ownHours != null) {
            hours.putAll(ownHours);
        }
        if (!days.containsAll(hours.keySet())) {
            throw new IllegalArgumentException("Only working weekdays have office hours: " + hours.keySet() + " of " + days);
        }
        ownHours = Collections.unmodifiableMap(hours);
    }

    public static WorkingWeek mondayToFriday() {
        return MONDAY_TO_FRIDAY;
    }

    public boolean isWorking(DayOfWeek day) {
        return days.contains(day);
    }

    void applyTo(WorkingCalendar.Builder builder) {
        builder.workingWeekdays(days);
        ownHours.forEach(builder::officeHours);
    }
}
