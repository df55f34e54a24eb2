package vn.motcua.tenants.admin;

import vn.motcua.tenants.tree.TenantKind;

/** A unit to create under {@code parentId} (null for a province), with its first admin. */
public record NewTenant(String id, String name, TenantKind kind, String parentId, FirstAdmin firstAdmin) {

    public NewTenant {
        id = trim(id);
        name = trim(name);
        parentId = trim(parentId);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
