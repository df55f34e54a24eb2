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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a tenant keeps a year's {@link HolidayDecision}: one row per tenant and year, its days as a list. */
@Entity
@Table(name = "holiday_decision")
@AdditionalCriteria("this.tenantId IN :" + Tenancy.CATALOG_TENANTS)
public class StoredHolidayDecision extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(name = "national_day_companion", nullable = false)
    private LocalDate nationalDayCompanion;

    @Column(name = "notice_number", length = 100)
    private String noticeNumber;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "holiday_decision_day", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DayRow> days = new ArrayList<>();

    @Version
    private long version;

    protected StoredHolidayDecision() {
    }

    StoredHolidayDecision(String tenantId, HolidayDecision decision) {
        super(tenantId);
        this.year = decision.year();
        replaceWith(decision);
    }

    void replaceWith(HolidayDecision decision) {
        if (decision.year() != year) {
            throw new IllegalArgumentException("the decision of " + decision.year() + " does not replace that of " + year);
        }
        nationalDayCompanion = decision.nationalDayCompanion();
        noticeNumber = decision.noticeNumber();
        noticeDate = decision.noticeDate();
        days.clear();
        decision.extraDaysOff().stream().sorted().forEach(d -> days.add(new DayRow(d, Kind.OFF)));
        decision.makeUpWorkingDays().stream().sorted().forEach(d -> days.add(new DayRow(d, Kind.MAKE_UP)));
    }

    int year() {
        return year;
    }

    HolidayDecision toDecision() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        days.forEach(d -> (d.kind == Kind.OFF ? off : makeUp).add(d.day));
        return new HolidayDecision(year, off, makeUp, nationalDayCompanion, noticeNumber, noticeDate);
    }

    enum Kind {
        OFF, MAKE_UP
    }

    @Embeddable
    public static class DayRow {
        @Column(name = "day", nullable = false)
        private LocalDate day;
        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 16)
        private Kind kind;

        protected DayRow() {
        }

        DayRow(LocalDate day, Kind kind) {
            this.day = day;
            this.kind = kind;
        }

        LocalDate day() {
            return day;
        }

        Kind kind() {
            return kind;
        }
    }
}
