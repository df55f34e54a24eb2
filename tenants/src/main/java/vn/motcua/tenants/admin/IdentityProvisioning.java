package vn.motcua.tenants.admin;

/**
 * Keeps the identity provider in step with the tenant tree: one group per tenant, nested as the
 * tree is, carrying the tenant id that becomes the users' {@code tenant} claim. Every method is
 * idempotent, so a failed change is finished by doing it again.
 */
public interface IdentityProvisioning {

    /**
     * Makes the tenant's group exist under {@code parentGroupId} (null: at the top), with the
     * tenant's id and name; returns its id.
     */
    String syncGroup(GroupSpec group);

    /**
     * Makes the tenant's first admin exist, in the group, with the catalog-admin role. A new
     * admin (or one who never logged in) gets a fresh temporary password, returned once.
     */
    AdminLogin ensureFirstAdmin(String groupId, String groupPath, FirstAdmin admin);

    /** Moves every member of one group into another; returns how many moved. */
    int moveMembers(String fromGroupId, String toGroupId);

    /** What the group of one tenant should look like. */
    record GroupSpec(String tenantId, String name, String knownGroupId, String parentGroupId, String path,
                     String mergedInto) {
    }
}
