package vn.motcua.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.calendar.WorkingDays;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * The working-day clock of dossiers: when a dossier received now is due, on the working calendar
 * of the tenant that receives it (its office hours, working week, holidays and local days off, as
 * inherited down the tenant tree).
 */
@ApplicationScoped
public class DossierClock {

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    /** The instant {@code workingDays} of {@code tenantId}'s working time after {@code start}. */
    public Instant dueAfter(String tenantId, Instant start, BigDecimal workingDays) {
        return calendarOf(tenantId, start).plus(start, WorkingDays.of(workingDays));
    }

    /** The calendar of {@code tenantId} around {@code start}: a budget of up to a year of working days ends within the next two calendar years. */
    public WorkingCalendar calendarOf(String tenantId, Instant start) {
        return calendars.around(tenantId, start);
    }
}
