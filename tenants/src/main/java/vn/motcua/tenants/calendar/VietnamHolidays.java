package vn.motcua.tenants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

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
 * swapped days and make-up days: those come in as a {@link HolidayDecision}. Days in lieu of holidays
 * that fall on a weekly rest day follow from the rule of art. 111(3): {@link #daysInLieu}.
 */
public final class VietnamHolidays {

    private static final int TET_DAYS = 5;

    private VietnamHolidays() {
    }

    /** The civil servants' week, Monday to Friday (Decision 188/1999/QĐ-TTg: 40 hours, Saturday and Sunday off). */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
            Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /**
     * The days off and make-up days of {@code year} under the statutory rule and that year's
     * decision, with the days in lieu of a Monday-to-Friday week.
     */
    public static HolidaySchedule forYear(int year, HolidayDecision decision) {
        return forYear(year, decision, MONDAY_TO_FRIDAY);
    }

    /**
     * The days off and make-up days of {@code year} under the statutory rule and that year's
     * decision, with the {@linkplain #daysInLieu days in lieu} of a desk working {@code workingWeekdays}.
     */
    public static HolidaySchedule forYear(int year, HolidayDecision decision, Set<DayOfWeek> workingWeekdays) {
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
        daysOff.addAll(daysInLieu(decision, workingWeekdays).keySet());
        return new HolidaySchedule(Set.of(year), daysOff, decision.makeUpWorkingDays());
    }

    /**
     * The days in lieu of the decision's statutory holidays that fall on a weekly rest day, each
     * with the holiday it stands for, in date order.
     *
     * <p>Labour Code 2019 art. 111(3): "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết quy định
     * tại khoản 1 Điều 112 của Bộ luật này thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào
     * ngày làm việc kế tiếp." The weekly rest days are the weekdays the desk does not work
     * (art. 111(2) lets the employer set them; civil servants rest on Saturday and Sunday). So on
     * Monday to Friday, 1/1/2022, a Saturday, gives Monday 3/1; 30/4 and 1/5/2022, Saturday and
     * Sunday, give Monday 2 and Tuesday 3 May, as that year's notice said. A desk that also opens
     * on Saturday morning rests on Sunday only: a holiday on its Saturday closes the desk that day
     * and gives no day in lieu (Saturday is a working day there), a holiday on Sunday gives Monday.
     *
     * <p>"The next working day" is the first day after the holiday that is neither a rest day, a
     * holiday, a day off of the decision, a make-up day (owed to pay back a swap) nor an earlier
     * day in lieu. A decision that places the days itself wins: when one of its extra days off lies
     * in the same run of consecutive days off as the holiday — a Tết block the notice spans over
     * the weekend, as 6150/TB-LĐTBXH did with 25/1–2/2/2025 — nothing is computed for that run.
     */
    public static SortedMap<LocalDate, StatutoryHoliday> daysInLieu(HolidayDecision decision, Set<DayOfWeek> workingWeekdays) {
        if (workingWeekdays == null || workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A week without working days has no days in lieu");
        }
        Set<DayOfWeek> working = EnumSet.copyOf(workingWeekdays);
        SortedMap<LocalDate, StatutoryHoliday> holidays = namedStatutoryHolidays(decision);
        Predicate<LocalDate> off = day -> holidays.containsKey(day)
                || decision.extraDaysOff().contains(day)
                || (!working.contains(day.getDayOfWeek()) && !decision.makeUpWorkingDays().contains(day));
        SortedMap<LocalDate, StatutoryHoliday> inLieu = new TreeMap<>();
        holidays.forEach((holiday, name) -> {
            if (working.contains(holiday.getDayOfWeek()) || placedByDecision(holiday, off, decision.extraDaysOff())) {
                return;
            }
            LocalDate day = holiday.plusDays(1);
            while (off.test(day) || inLieu.containsKey(day) || decision.makeUpWorkingDays().contains(day)) {
                day = day.plusDays(1);
            }
            inLieu.put(day, name);
        });
        return Collections.unmodifiableSortedMap(inLieu);
    }

    /** Whether one of the decision's own days off lies in the run of consecutive days off around {@code holiday}. */
    private static boolean placedByDecision(LocalDate holiday, Predicate<LocalDate> off, Set<LocalDate> extra) {
        for (LocalDate d = holiday.minusDays(1); off.test(d); d = d.minusDays(1)) {
            if (extra.contains(d)) {
                return true;
            }
        }
        for (LocalDate d = holiday.plusDays(1); off.test(d); d = d.plusDays(1)) {
            if (extra.contains(d)) {
                return true;
            }
        }
        return false;
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
