package vn.motcua.tenants.admin;

import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.time.Instant;

/**
 * A tenant as the tree screens and the API show it; {@code version} guards concurrent changes.
 * {@code provisioned}: Motcua has recorded the tenant's Keycloak group (the demo tenants' groups
 * come with the realm template and are recorded at their first change).
 */
public record TenantView(String id, String name, TenantKind kind, String parentId, String mergedInto, Instant mergedAt,
                         boolean provisioned, String unitCode, long version) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.id(), t.name(), t.kind(), t.parentId(), t.mergedInto(), t.mergedAt(),
                t.keycloakGroupId() != null, t.unitCode(), t.version());
    }

    public boolean merged() {
        return mergedInto != null;
    }
}
