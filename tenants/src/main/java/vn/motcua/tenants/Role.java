package vn.motcua.tenants;

/**
 * The realm roles Keycloak puts in the {@code groups} claim, which Payara maps to Jakarta
 * Security roles of the same name.
 */
public final class Role {
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String RECEPTION = "reception";
    public static final String SPECIALIST = "specialist";
    public static final String LEADER = "leader";
    public static final String REPORTING_OFFICER = "reporting-officer";
    public static final String CITIZEN = "citizen";
    /**
     * The platform operator: creates provinces (the roots of the tree) and may administer any
     * tenant's place in the tree, but belongs to no tenant and so reads no tenant's data.
     */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Roles whose holders supervise the tenants below their own. */
    public static final java.util.Set<String> SUPERVISING = java.util.Set.of(CATALOG_ADMIN, REPORTING_OFFICER);

    /** Roles of the staff who process dossiers. */
    public static final java.util.Set<String> STAFF = java.util.Set.of(RECEPTION, SPECIALIST, LEADER);

    private Role() {
    }
}
