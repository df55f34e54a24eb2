package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national days off and make-up working days of a period, ready to feed
 * {@link WorkingCalendar.Builder#holidaySchedule(HolidaySchedule)}. Both sets iterate in date
 * order, for display.
 */
public record HolidaySchedule(Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    public HolidaySchedule {
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
        Set<LocalDate> off = new HashSet<>(daysOff);
        off.addAll(other.daysOff);
        Set<LocalDate> makeUp = new HashSet<>(makeUpWorkingDays);
        makeUp.addAll(other.makeUpWorkingDays);
        return new HolidaySchedule(off, makeUp);
    }
}
