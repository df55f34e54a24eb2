package vn.motcua.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.motcua.tenants.TenantOwned;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A weekly service day of a tenant's desk and the procedures it covers. */
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

    @ElementCollection
    @CollectionTable(name = "service_day_procedure", joinColumns = @JoinColumn(name = "service_day_id"))
    @OrderColumn(name = "position")
    private List<Entry> procedures = new ArrayList<>();

    protected ServiceDay() {
    }

    public ServiceDay(String tenantId, String name, DayOfWeek weekday, ServiceDayMode mode, String description) {
        super(tenantId);
        this.name = name;
        this.weekday = weekday;
        this.mode = mode;
        this.description = description;
    }

    public void cover(String field, String procedureName) {
        procedures.add(new Entry(field, procedureName));
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

    /** A covered procedure, by field and name as the plan lists it. */
    @Embeddable
    public static class Entry {
        @Column(name = "field", length = 200)
        private String field;
        @Column(name = "procedure_name", nullable = false, length = 500)
        private String procedureName;

        protected Entry() {
        }

        Entry(String field, String procedureName) {
            this.field = field;
            this.procedureName = procedureName;
        }

        public String field() {
            return field;
        }

        public String procedureName() {
            return procedureName;
        }
    }
}
