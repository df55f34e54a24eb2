package vn.motcua.tenants.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.tenants.persistence.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The national notice of a year, one row per year. Deliberately not {@link TenantOwned}: it
 * belongs to no tenant and every tenant's calendar reads it, so it carries no additional
 * criteria; {@link WorkingCalendars} lets only the platform operator write it.
 */
@Entity
@Table(name = "national_holiday_notice")
public class StoredNationalNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "notice_number", nullable = false, length = 100)
    private String noticeNumber;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    @Column(name = "national_day_companion", nullable = false)
    private LocalDate nationalDayCompanion;

    @Column(name = "changed_at")
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "national_holiday_notice_day", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<StoredHolidayDecision.DayRow> days = new ArrayList<>();

    @Version
    private long version;

    protected StoredNationalNotice() {
    }

    StoredNationalNotice(HolidayDecision notice, Instant at) {
        this.year = notice.year();
        replaceWith(notice, at);
    }

    void replaceWith(HolidayDecision notice, Instant at) {
        if (notice.year() != year) {
            throw new IllegalArgumentException("the notice of " + notice.year() + " does not replace that of " + year);
        }
        noticeNumber = notice.noticeNumber();
        noticeDate = notice.noticeDate();
        nationalDayCompanion = notice.nationalDayCompanion();
        changedAt = at;
        days.clear();
        notice.extraDaysOff().stream().sorted()
                .forEach(d -> days.add(new StoredHolidayDecision.DayRow(d, StoredHolidayDecision.Kind.OFF)));
        notice.makeUpWorkingDays().stream().sorted()
                .forEach(d -> days.add(new StoredHolidayDecision.DayRow(d, StoredHolidayDecision.Kind.MAKE_UP)));
    }

    HolidayDecision toDecision() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        days.forEach(d -> (d.kind() == StoredHolidayDecision.Kind.OFF ? off : makeUp).add(d.day()));
        return new HolidayDecision(year, off, makeUp, nationalDayCompanion, noticeNumber, noticeDate);
    }
}
