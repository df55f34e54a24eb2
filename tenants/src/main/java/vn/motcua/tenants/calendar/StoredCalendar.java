package vn.motcua.tenants.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.persistence.TenantOwned;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a tenant's {@link CalendarSettings} are kept: one row per tenant that sets anything, with
 * its sessions, weekdays and local days off as lists. Readable from the tenant's descendants (they
 * inherit it), like the catalog. Every change goes through {@link #touch}, so that the row's
 * version tells a cached calendar it is stale.
 */
@Entity
@Table(name = "tenant_calendar")
@AdditionalCriteria("this.tenantId IN :" + Tenancy.CATALOG_TENANTS)
public class StoredCalendar extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_session", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "position")
    private List<SessionRow> officeHours = new ArrayList<>();

    @Column(name = "own_week", nullable = false)
    private boolean ownWeek;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_weekday", joinColumns = @JoinColumn(name = "calendar_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", length = 16)
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_weekday_session", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "position")
    private List<WeekdaySessionRow> weekdayHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_day_off", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "position")
    private List<DayOffRow> daysOff = new ArrayList<>();

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected StoredCalendar() {
    }

    StoredCalendar(String tenantId) {
        super(tenantId);
    }

    /** The tenant's own standard office hours, or null to inherit them. */
    void officeHours(OfficeHours hours) {
        officeHours.clear();
        if (hours != null) {
            hours.sessions().forEach(s -> officeHours.add(new SessionRow(s.start(), s.end())));
        }
    }

    /** The tenant's own working week, or null to inherit it. */
    void workingWeek(WorkingWeek week) {
        ownWeek = week != null;
        weekdays.clear();
        weekdayHours.clear();
        if (week != null) {
            weekdays.addAll(week.days());
            week.ownHours().forEach((day, hours) -> hours.sessions()
                    .forEach(s -> weekdayHours.add(new WeekdaySessionRow(day, s.start(), s.end()))));
        }
    }

    void addDayOff(LocalDayOff day) {
        daysOff.add(new DayOffRow(day.date(), day.reason()));
    }

    boolean removeDayOff(LocalDate date) {
        return daysOff.removeIf(d -> d.day.equals(date));
    }

    /** Marks a change, also one of the tenant's holiday decisions: the version moves on at commit. */
    void touch(Instant now) {
        changedAt = now;
    }

    long version() {
        return version;
    }

    CalendarSettings toSettings(List<HolidayDecision> decisions) {
        OfficeHours hours = officeHours.isEmpty() ? null
                : OfficeHours.of(officeHours.stream().map(r -> new OfficeHours.Session(r.start, r.end)).toList());
        WorkingWeek week = null;
        if (ownWeek && !weekdays.isEmpty()) {
            Map<DayOfWeek, List<OfficeHours.Session>> sessions = new EnumMap<>(DayOfWeek.class);
            weekdayHours.forEach(r -> sessions.computeIfAbsent(r.weekday, d -> new ArrayList<>()).add(new OfficeHours.Session(r.start, r.end)));
            Map<DayOfWeek, OfficeHours> own = new EnumMap<>(DayOfWeek.class);
            sessions.forEach((day, list) -> own.put(day, OfficeHours.of(list)));
            week = new WorkingWeek(weekdays, own);
        }
        return new CalendarSettings(tenantId, hours, week,
                daysOff.stream().map(d -> new LocalDayOff(d.day, d.reason)).toList(), decisions);
    }

    @Embeddable
    public static class SessionRow {
        @Column(name = "start_time", nullable = false)
        private LocalTime start;
        @Column(name = "end_time", nullable = false)
        private LocalTime end;

        protected SessionRow() {
        }

        SessionRow(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
        }
    }

    @Embeddable
    public static class WeekdaySessionRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "weekday", nullable = false, length = 16)
        private DayOfWeek weekday;
        @Column(name = "start_time", nullable = false)
        private LocalTime start;
        @Column(name = "end_time", nullable = false)
        private LocalTime end;

        protected WeekdaySessionRow() {
        }

        WeekdaySessionRow(DayOfWeek weekday, LocalTime start, LocalTime end) {
            this.weekday = weekday;
            this.start = start;
            this.end = end;
        }
    }

    @Embeddable
    public static class DayOffRow {
        @Column(name = "day", nullable = false)
        private LocalDate day;
        @Column(name = "reason", length = 500)
        private String reason;

        protected DayOffRow() {
        }

        DayOffRow(LocalDate day, String reason) {
            this.day = day;
            this.reason = reason;
        }
    }
}
