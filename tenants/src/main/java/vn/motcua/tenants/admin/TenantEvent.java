package vn.motcua.tenants.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One change to the tenant tree; rows are appended, never updated. */
@Entity
@Table(name = "tenant_event")
public class TenantEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private TenantAction action;

    @Column(name = "old_value", length = 500, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 500, updatable = false)
    private String newValue;

    protected TenantEvent() {
    }

    public TenantEvent(String tenantId, Instant at, String actor, TenantAction action, String oldValue, String newValue) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public TenantAction action() {
        return action;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
