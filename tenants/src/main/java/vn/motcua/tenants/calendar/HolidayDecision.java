package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * What the government decides each year on top of the statutory holidays (Labour Code 2019
 * art. 112(3): the Prime Minister fixes the Tết days and the day adjacent to National Day every
 * year), as data an admin transcribes from the yearly notice rather than rules in code:
 *
 * <ul>
 *   <li>{@code nationalDayCompanion}: the day before or after 2 September that is also off
 *       (1 or 3 September);</li>
 *   <li>{@code extraDaysOff}: days off beyond the statutory ones, e.g. a working day swapped to
 *       bridge Tết with a weekend, or a compensatory day for a holiday that fell on a weekly rest
 *       day (art. 111(3)). These are not derived automatically because the notices place them
 *       differently from year to year;</li>
 *   <li>{@code makeUpWorkingDays}: Saturdays or Sundays declared working days to pay back a
 *       swapped day. They work with the standard office hours.</li>
 * </ul>
 */
public record HolidayDecision(
        int year,
        LocalDate nationalDayCompanion,
        Set<LocalDate> extraDaysOff,
        Set<LocalDate> makeUpWorkingDays) {

    /**
     * 1 September: the day chosen for 2025. Only a default for years whose decision has not been
     * entered; each year's notice must be checked (2024, for instance, took 3 September).
     */
    public static final int DEFAULT_NATIONAL_DAY_COMPANION = 1;

    public HolidayDecision {
        if (nationalDayCompanion == null
                || nationalDayCompanion.getYear() != year
                || nationalDayCompanion.getMonth() != Month.SEPTEMBER
                || (nationalDayCompanion.getDayOfMonth() != 1 && nationalDayCompanion.getDayOfMonth() != 3)) {
            throw new IllegalArgumentException("The day adjacent to National Day must be 1 or 3 September "
                    + year + " (Labour Code 2019 art. 112(1)(đ)): " + nationalDayCompanion);
        }
        extraDaysOff = Set.copyOf(extraDaysOff == null ? Set.of() : extraDaysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays == null ? Set.of() : makeUpWorkingDays);
        Set<LocalDate> both = new HashSet<>(extraDaysOff);
        both.retainAll(makeUpWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(
                    "A day cannot be both a day off and a make-up working day: " + both);
        }
    }

    /** No decision entered yet: the statutory holidays only, with the default National Day companion. */
    public static HolidayDecision statutoryOnly(int year) {
        return new HolidayDecision(
                year, LocalDate.of(year, Month.SEPTEMBER, DEFAULT_NATIONAL_DAY_COMPANION), Set.of(), Set.of());
    }
}
