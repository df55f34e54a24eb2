package vn.motcua.tenants.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Vietnam's lunisolar calendar (âm lịch): ICU's Chinese calendar with its new moons and solar
 * terms computed for UTC+7, the meridian Vietnam has used for its lunar calendar since 1968,
 * instead of China's UTC+8. When a new moon falls between 23:00 and midnight Beijing time the
 * two calendars start the month on different days, which has moved Tết: 21 January 1985 in
 * Vietnam, 20 February in China; 17 February 2007 in Vietnam, 18 February in China.
 *
 * <p>ICU exposes the astronomical time zone only through a protected constructor (the one its
 * Korean calendar uses for UTC+9), hence this subclass. That constructor is marked ICU-internal:
 * the tests pin known dates so that an ICU upgrade which changes it fails loudly. Dates before
 * 1968 are not Vietnam's official ones (UTC+8 was used then) and ICU's astronomy is an
 * approximation of a few minutes: a new moon within minutes of midnight at UTC+7 may be placed on
 * the wrong day, which is why each year's holidays stay editable data.
 *
 * <p>Like every ICU calendar an instance is mutable and not thread-safe; the static
 * {@link #toGregorian} creates its own.
 */
public final class VietnameseLunarCalendar extends ChineseCalendar {

    private static final long serialVersionUID = 1L;

    private static final TimeZone VIETNAM_LUNAR_ZONE =
            new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+7 (Vietnam lunar calendar)").freeze();

    /** ICU's Julian day number of 1970-01-01, to convert to and from {@link LocalDate#toEpochDay()}. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    @SuppressWarnings("deprecation")
    public VietnameseLunarCalendar() {
        super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM_LUNAR_ZONE);
    }

    /**
     * The Gregorian date of a day of the (non-leap) lunar month {@code month}, in the lunar year
     * that begins in Gregorian year {@code year}: {@code toGregorian(2026, 1, 1)} is Tết 2026,
     * 17 February 2026; {@code toGregorian(2026, 3, 10)} is the Hùng Kings' day, 26 April 2026.
     */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar date " + day + "/" + month);
        }
        VietnameseLunarCalendar calendar = new VietnameseLunarCalendar();
        int extendedYear = calendar.extendedYearContaining(LocalDate.of(year, 6, 1));
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, extendedYear);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DATE, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /**
     * ICU's numbering of the lunar year that contains {@code date}. Asked rather than assumed
     * because ICU has changed what EXTENDED_YEAR counts between versions; 1 June is always in the
     * lunar year that began that spring, since Tết falls between 21 January and 20 February.
     */
    private int extendedYearContaining(LocalDate date) {
        clear();
        set(Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return get(Calendar.EXTENDED_YEAR);
    }
}
