package vn.motcua.tenants.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.motcua.tenants.access.TenantScope;

/**
 * A tenant's row that holds citizens' personal data (a dossier and its history): visible only to
 * callers who may read that tenant's dossiers ({@link TenantScope#dossiers()}) — the unit's desk
 * staff and the supervisors above it — not to everyone who may read the tenant, such as its
 * catalog admins. These criteria replace {@link TenantOwned}'s for the subclasses; they are a
 * subset of them, so nothing else a tenant's scope hides becomes visible.
 */
@MappedSuperclass
@AdditionalCriteria("this.tenantId IN :" + Tenancy.DOSSIER_TENANTS)
public abstract class PersonalData extends TenantOwned {

    protected PersonalData() {
    }

    protected PersonalData(String tenantId) {
        super(tenantId);
    }
}
