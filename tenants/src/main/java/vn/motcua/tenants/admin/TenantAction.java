package vn.motcua.tenants.admin;

/** What happened to a tenant, as its history records it. */
public enum TenantAction {
    CREATED,
    RENAMED,
    /** Its electronic identification code, which opens its dossier codes, was set or changed. */
    UNIT_CODE_SET,
    MOVED,
    /** This unit was merged into another ({@code newValue} is the unit it became). */
    MERGED_INTO,
    /** Units were merged into this one ({@code oldValue} lists them). */
    ABSORBED,
    /** Its Keycloak group (and, at creation, its first admin) now matches the tree. */
    PROVISIONED,
    /** Part of merged units' setup was carried over to this unit ({@code oldValue}: what kind, {@code newValue}: what). */
    CARRIED_OVER,
    /** A merger left something of the merged units' setup for this unit's admin to decide. */
    TO_DECIDE
}
