package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national days off and make-up working days of some years, ready to feed
 * {@link WorkingCalendar.Builder#holidaySchedule(HolidaySchedule)}. {@code years} are the years
 * whose statutory holidays are all included, which is what {@link WorkingCalendar#covers(int)}
 * answers. The sets iterate in order, for display.
 */
public record HolidaySchedule(Set<Integer> years, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    public HolidaySchedule {
        years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
        makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
        Set<LocalDate> both = new HashSet<>(daysOff);
        both.retainAll(makeUpWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(
                    "A day cannot be both a day off and a make-up working day: " + both);
        }
    }

    /** The union of two periods, e.g. two consecutive years. */
    public HolidaySchedule plus(HolidaySchedule other) {
        Set<Integer> allYears = new HashSet<>(years);
        allYears.addAll(other.years);
        Set<LocalDate> off = new HashSet<>(daysOff);
        off.addAll(other.daysOff);
        Set<LocalDate> makeUp = new HashSet<>(makeUpWorkingDays);
        makeUp.addAll(other.makeUpWorkingDays);
        return new HolidaySchedule(allYears, off, makeUp);
    }
}
