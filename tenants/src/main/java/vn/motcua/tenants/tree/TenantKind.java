package vn.motcua.tenants.tree;

/** The administrative level of a tenant (cấp tỉnh / huyện / xã). */
public enum TenantKind {
    PROVINCE,
    /** Districts, towns and provincial cities; most provinces have none since 1 July 2025. */
    DISTRICT,
    COMMUNE,
    WARD;

    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD;
    }
}
