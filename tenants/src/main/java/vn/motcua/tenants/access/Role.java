package vn.motcua.tenants.access;

import java.util.Set;

/**
 * The realm roles Keycloak puts in the {@code groups} claim, which Payara maps to Jakarta
 * Security roles of the same name. Who reads what with them: docs/DESIGN.md, "Who reads what".
 */
public final class Role {
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String RECEPTION = "reception";
    public static final String SPECIALIST = "specialist";
    public static final String LEADER = "leader";
    public static final String REPORTING_OFFICER = "reporting-officer";
    /**
     * A province or district officer who supervises how the units below handle dossiers: reads
     * their dossiers, applicants included, and changes nothing. The one role besides the desk's
     * that reads personal data, given for that purpose only.
     */
    public static final String SUPERVISOR = "supervisor";
    public static final String CITIZEN = "citizen";
    /**
     * The platform operator: creates provinces (the roots of the tree) and may administer any
     * tenant's place in the tree, but belongs to no tenant and so reads no tenant's data.
     */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Roles whose holders see the tenants below their own: the tree, catalogs, adoptions, calendars. */
    public static final Set<String> SUPERVISING = Set.of(CATALOG_ADMIN, REPORTING_OFFICER, SUPERVISOR);

    /** Roles of the staff who process dossiers. */
    public static final Set<String> STAFF = Set.of(RECEPTION, SPECIALIST, LEADER);

    /**
     * Roles that read dossiers — citizens' personal data: the staff, their own unit's; the
     * supervisor, those of the units below too. Administering a catalog or reporting needs none.
     */
    public static final Set<String> DOSSIER_READERS = Set.of(RECEPTION, SPECIALIST, LEADER, SUPERVISOR);

    private Role() {
    }
}
