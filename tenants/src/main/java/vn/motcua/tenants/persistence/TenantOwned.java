package vn.motcua.tenants.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.motcua.tenants.access.TenantScope;

import java.util.Objects;

/**
 * A row that belongs to exactly one tenant and is visible only to callers whose
 * {@link TenantScope} can read that tenant. The filter is applied by EclipseLink to every
 * JPQL query, so a service cannot forget it. Native SQL bypasses it: do not use native SQL on
 * these tables.
 */
@MappedSuperclass
@AdditionalCriteria("this.tenantId IN :" + Tenancy.READABLE_TENANTS)
public abstract class TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    protected String tenantId;

    protected TenantOwned() {
    }

    protected TenantOwned(String tenantId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public String tenantId() {
        return tenantId;
    }
}
