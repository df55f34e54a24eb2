package vn.motcua.tenants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the government decides each year on top of the statutory holidays (Labour Code 2019
 * art. 112(3): the Prime Minister places the Tết days and the day adjacent to National Day every
 * year), as data an admin transcribes from the yearly notice rather than rules in code:
 *
 * <ul>
 *   <li>{@code extraDaysOff}: days off beyond the statutory ones, e.g. a working day swapped to
 *       bridge Tết with a weekend, or a day in lieu the notice places itself;</li>
 *   <li>{@code makeUpWorkingDays}: Saturdays or Sundays declared working days to pay back a
 *       swapped day. They work with the standard office hours;</li>
 *   <li>{@code nationalDayCompanion}: the day before or after 2 September that is also off
 *       (1 or 3 September);</li>
 *   <li>{@code noticeNumber}, {@code noticeDate}: the notice or decision transcribed, e.g.
 *       "6150/TB-LĐTBXH" of 2024-12-06 for 2025, so a reader can check it; either may be null.</li>
 * </ul>
 *
 * <p>A day in lieu of a holiday that falls on a weekly rest day is computed
 * ({@link VietnamHolidays#daysInLieu}); a decision that lists its own day off next to such a
 * holiday places it instead.
 */
public record HolidayDecision(
        int year,
        Set<LocalDate> extraDaysOff,
        Set<LocalDate> makeUpWorkingDays,
        LocalDate nationalDayCompanion,
        String noticeNumber,
        LocalDate noticeDate) {

    /**
     * Used for years whose decision has not been entered. Only a default: each year's notice
     * must be checked, as the government alternates between 1 and 3 September.
     */
    public static final int DEFAULT_NATIONAL_DAY_COMPANION = 1;

    /**
     * @throws IllegalArgumentException when the National Day companion is not 1 or 3 September of
     *     {@code year}, a make-up day is not a Saturday or Sunday, or a day is both off and worked
     */
    public HolidayDecision {
        if (nationalDayCompanion == null
                || nationalDayCompanion.getYear() != year
                || nationalDayCompanion.getMonth() != Month.SEPTEMBER
                || (nationalDayCompanion.getDayOfMonth() != 1 && nationalDayCompanion.getDayOfMonth() != 3)) {
            throw new IllegalArgumentException("The day adjacent to National Day must be 1 or 3 September "
                    + year + " (Labour Code 2019 art. 112(1)): " + nationalDayCompanion);
        }
        noticeNumber = noticeNumber == null || noticeNumber.isBlank() ? null : noticeNumber.strip();
        extraDaysOff = Set.copyOf(extraDaysOff == null ? Set.of() : extraDaysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays == null ? Set.of() : makeUpWorkingDays);
        Set<LocalDate> weekdays = new TreeSet<>();
        for (LocalDate day : makeUpWorkingDays) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(day);
            }
        }
        if (!weekdays.isEmpty()) {
            throw new IllegalArgumentException(
                    "A make-up working day must be a Saturday or a Sunday: " + weekdays);
        }
        Set<LocalDate> both = new HashSet<>(extraDaysOff);
        both.retainAll(makeUpWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(
                    "A day cannot be both a day off and a make-up working day: " + new TreeSet<>(both));
        }
    }

    /** A decision without its notice's number and date. */
    public HolidayDecision(int year, Set<LocalDate> extraDaysOff, Set<LocalDate> makeUpWorkingDays, LocalDate nationalDayCompanion) {
        this(year, extraDaysOff, makeUpWorkingDays, nationalDayCompanion, null, null);
    }

    /** The same days with the notice's number and date. */
    public HolidayDecision withNotice(String number, LocalDate date) {
        return new HolidayDecision(year, extraDaysOff, makeUpWorkingDays, nationalDayCompanion, number, date);
    }

    /** No decision entered yet: the statutory holidays only, with the default National Day companion. */
    public static HolidayDecision statutoryOnly(int year) {
        return new HolidayDecision(
                year, Set.of(), Set.of(), LocalDate.of(year, Month.SEPTEMBER, DEFAULT_NATIONAL_DAY_COMPANION));
    }
}
