package vn.motcua.catalog.serviceday;

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
import vn.motcua.tenants.persistence.TenantOwned;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A weekly service day of a tenant's desk and the procedures it covers, e.g. Phường 5's Tuesday
 * "online public service day" and Friday "no writing, no appointment" day. A covered procedure is
 * an entry by field and name as the plan lists it, with the national code when it was chosen from
 * the tenant's catalog; plans list procedures the catalog does not hold yet, so an entry need not
 * match one.
 */
@Entity
@Table(name = "service_day")
public class ServiceDay extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayOfWeek weekday;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ServiceDayMode mode;

    @Column(length = 2000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_day_procedure", joinColumns = @JoinColumn(name = "service_day_id"))
    @OrderColumn(name = "position")
    private List<Entry> procedures = new ArrayList<>();

    @Version
    private long version;

    protected ServiceDay() {
    }

    public ServiceDay(String tenantId, String name, DayOfWeek weekday, ServiceDayMode mode, String description) {
        super(tenantId);
        this.name = name;
        this.weekday = weekday;
        this.mode = mode;
        this.description = description;
    }

    public ServiceDay(String tenantId, ServiceDayDraft draft) {
        super(tenantId);
        revise(draft);
    }

    public void cover(String field, String procedureName) {
        procedures.add(new Entry(field, procedureName, null));
    }

    /** Replaces everything but the tenant with {@code draft}; checking it is the caller's job ({@link ServiceDayDraft#problems}). */
    public void revise(ServiceDayDraft draft) {
        this.name = draft.name().trim();
        this.weekday = draft.weekday();
        this.mode = draft.mode();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().trim();
        procedures.clear();
        draft.procedures().forEach(p -> procedures.add(new Entry(p.field(), p.name(), p.nationalCode())));
    }

    public ServiceDayDraft toDraft() {
        return new ServiceDayDraft(name, weekday, mode, description, procedures.stream()
                .map(e -> new ServiceDayDraft.Covered(e.field(), e.procedureName(), e.nationalCode())).toList());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    public ServiceDayMode mode() {
        return mode;
    }

    public String description() {
        return description;
    }

    public List<Entry> procedures() {
        return Collections.unmodifiableList(procedures);
    }

    /** A covered procedure, by field and name as the plan lists it, and its national code when known. */
    @Embeddable
    public static class Entry {
        @Column(name = "field", length = 200)
        private String field;
        @Column(name = "procedure_name", nullable = false, length = 500)
        private String procedureName;
        @Column(name = "national_code", length = 40)
        private String nationalCode;

        protected Entry() {
        }

        Entry(String field, String procedureName, String nationalCode) {
            this.field = field;
            this.procedureName = procedureName;
            this.nationalCode = nationalCode;
        }

        /** The national code of the catalog procedure it was chosen from, or null for an entry typed in. */
        public String nationalCode() {
            return nationalCode;
        }

        public String field() {
            return field;
        }

        public String procedureName() {
            return procedureName;
        }
    }
}
