package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that departs from the ordinary working week, as a calendar screen lists it.
 *
 * @param holiday  the statutory holiday, for {@link Kind#PUBLIC_HOLIDAY}, or the one a {@link Kind#DAY_IN_LIEU} stands for
 * @param note     the reason of a local day off, or null
 * @param tenantId the tenant that set the day (its own, or an ancestor's), null for the statute
 */
public record CalendarDay(LocalDate date, Kind kind, StatutoryHoliday holiday, String note, String tenantId) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** One of the statutory holidays, Labour Code 2019 art. 112(1). */
        PUBLIC_HOLIDAY,
        /** The next working day after a holiday that fell on a weekly rest day, Labour Code 2019 art. 111(3). */
        DAY_IN_LIEU,
        /** A day off the year's government decision adds (a bridge to Tết, a day in lieu). */
        DECISION_DAY_OFF,
        /** A Saturday or Sunday the year's decision makes a working day. */
        MAKE_UP_DAY,
        /** A day the tenant or one of its ancestors closes. */
        LOCAL_DAY_OFF
    }
}
