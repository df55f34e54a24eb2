package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Vietnam's statutory public holidays, Labour Code 2019 art. 112(1): 11 days a year.
 *
 * <ul>
 *   <li>New Year: 1 January;</li>
 *   <li>Tết Nguyên Đán: 5 days, taken here as the last day of the lunar year and days 1 to 4 of
 *       the first lunar month, the customary placement;</li>
 *   <li>Hùng Kings' Commemoration: 10th day of the 3rd lunar month;</li>
 *   <li>Victory Day: 30 April; International Labour Day: 1 May;</li>
 *   <li>National Day: 2 September and one adjacent day, before or after, chosen each year.</li>
 * </ul>
 *
 * <p>Lunar dates follow Vietnam's calendar at UTC+7 ({@link VietnameseLunarCalendar}). Art. 112(3)
 * lets the Prime Minister place the Tết and National Day days each year, and yearly notices add
 * swapped and compensatory days: those come in as a {@link HolidayDecision}.
 */
public final class VietnamHolidays {

    private static final int TET_DAYS = 5;

    private VietnamHolidays() {
    }

    /** The days off and make-up days of {@code year} under the statutory rule and that year's decision. */
    public static HolidaySchedule forYear(int year, HolidayDecision decision) {
        if (decision.year() != year) {
            throw new IllegalArgumentException(
                    "The holiday decision for " + decision.year() + " does not apply to " + year);
        }
        Set<LocalDate> daysOff = new HashSet<>(statutoryHolidays(decision));
        daysOff.addAll(decision.extraDaysOff());
        Set<LocalDate> conflicting = new HashSet<>(daysOff);
        conflicting.retainAll(decision.makeUpWorkingDays());
        if (!conflicting.isEmpty()) {
            throw new IllegalArgumentException(
                    "A statutory holiday cannot be declared a make-up working day: " + conflicting);
        }
        return new HolidaySchedule(Set.of(year), daysOff, decision.makeUpWorkingDays());
    }

    /** The statutory holidays of {@code year} when no decision has been entered: see {@link HolidayDecision#statutoryOnly}. */
    public static HolidaySchedule forYear(int year) {
        return forYear(year, HolidayDecision.statutoryOnly(year));
    }

    /** The 11 statutory days of the decision's year, in date order, without its extra days off. */
    public static SortedSet<LocalDate> statutoryHolidays(HolidayDecision decision) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(namedStatutoryHolidays(decision).keySet()));
    }

    /**
     * The statutory days of the decision's year with the holiday each belongs to, in date order.
     * Should two holidays fall on one day (the Hùng Kings' day can fall on 30 April), the day is
     * listed once, under the lunar holiday.
     */
    public static SortedMap<LocalDate, StatutoryHoliday> namedStatutoryHolidays(HolidayDecision decision) {
        int year = decision.year();
        SortedMap<LocalDate, StatutoryHoliday> days = new TreeMap<>();
        LocalDate lastDayOfLunarYear = lunarNewYear(year).minusDays(1);
        for (int i = 0; i < TET_DAYS; i++) {
            days.put(lastDayOfLunarYear.plusDays(i), StatutoryHoliday.TET);
        }
        days.put(hungKingsDay(year), StatutoryHoliday.HUNG_KINGS);
        days.putIfAbsent(LocalDate.of(year, Month.JANUARY, 1), StatutoryHoliday.NEW_YEAR);
        days.putIfAbsent(LocalDate.of(year, Month.APRIL, 30), StatutoryHoliday.VICTORY_DAY);
        days.putIfAbsent(LocalDate.of(year, Month.MAY, 1), StatutoryHoliday.LABOUR_DAY);
        days.putIfAbsent(LocalDate.of(year, Month.SEPTEMBER, 2), StatutoryHoliday.NATIONAL_DAY);
        days.putIfAbsent(decision.nationalDayCompanion(), StatutoryHoliday.NATIONAL_DAY);
        return Collections.unmodifiableSortedMap(days);
    }

    /** The first day of the first lunar month (mùng 1 Tết) in {@code year}. */
    public static LocalDate lunarNewYear(int year) {
        return VietnameseLunarCalendar.toGregorian(year, 1, 1);
    }

    /** The 10th day of the 3rd lunar month in {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        return VietnameseLunarCalendar.toGregorian(year, 3, 10);
    }
}
