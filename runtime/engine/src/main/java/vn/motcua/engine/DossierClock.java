package vn.motcua.engine;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The working-day clock of dossiers: when a dossier received now is due. Every tenant uses
 * Vietnam's statutory calendar for now (standard office hours, Monday to Friday, public
 * holidays); per-tenant calendars come with the catalog.
 */
@ApplicationScoped
public class DossierClock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private volatile Covering calendar;

    public DossierClock() {
        this(Clock.systemUTC());
    }

    public DossierClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant dueAfter(Instant start, BigDecimal workingDays) {
        return calendarCovering(start).plus(start, WorkingDays.of(workingDays));
    }

    private WorkingCalendar calendarCovering(Instant start) {
        int year = LocalDate.ofInstant(start, VIETNAM).getYear();
        Covering current = calendar;
        if (current == null || year < current.fromYear() || year > current.toYear() - 2) {
            // a budget of up to a year of working days ends within the next two calendar years
            current = new Covering(year - 1, year + 2, WorkingCalendar.vietnam(year - 1, year + 2));
            calendar = current;
        }
        return current.calendar();
    }

    private record Covering(int fromYear, int toYear, WorkingCalendar calendar) {
    }
}
