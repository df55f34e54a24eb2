package vn.motcua.tenants.admin;

import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.tree.Tenant;

import java.util.List;

/**
 * Who may see and change which part of the tree. A catalog admin administers the tenants below
 * their own (a provincial admin creates, renames, moves and merges its districts and communes) and
 * creates units directly under their own; nobody administers their own tenant, a sibling or another
 * province. The platform operator ({@link Role#PLATFORM_ADMIN}) creates provinces and administers
 * every unit. Others see their own tenant, and supervising roles its subtree.
 */
public final class TenantPermissions {

    private final Caller caller;
    private final TenantTree tree;

    public TenantPermissions(Caller caller, TenantTree tree) {
        this.caller = caller;
        this.tree = tree;
    }

    public boolean isPlatformAdmin() {
        return caller.hasRole(Role.PLATFORM_ADMIN);
    }

    /** The tenants the caller may see in the tree, each parent before its children. */
    public List<Tenant> visible() {
        if (isPlatformAdmin()) {
            return tree.all();
        }
        if (!caller.belongsToTenant() || !tree.contains(caller.tenantId())) {
            return List.of();
        }
        List<Tenant> subtree = tree.subtree(caller.tenantId());
        return caller.supervisesDescendants() ? subtree
                : subtree.stream().filter(t -> t.id().equals(caller.tenantId()) || absorbedByOwn(t)).toList();
    }

    public boolean canSee(String tenantId) {
        return visible().stream().anyMatch(t -> t.id().equals(tenantId));
    }

    /** Rename, move, merge: the tenant must lie strictly below the caller's own. */
    public boolean administers(String tenantId) {
        if (isPlatformAdmin()) {
            return tree.contains(tenantId);
        }
        return isTenantAdmin() && tree.isBelow(tenantId, caller.tenantId());
    }

    /** Create a unit under {@code parentId}, or a province when it is null. */
    public boolean mayCreateUnder(String parentId) {
        if (isPlatformAdmin()) {
            return parentId == null || tree.contains(parentId);
        }
        return parentId != null && isTenantAdmin() && tree.isWithin(parentId, caller.tenantId());
    }

    private boolean isTenantAdmin() {
        return caller.hasRole(Role.CATALOG_ADMIN) && caller.belongsToTenant() && tree.contains(caller.tenantId());
    }

    private boolean absorbedByOwn(Tenant t) {
        Tenant current = t;
        while (current != null && current.isMerged()) {
            if (current.mergedInto().equals(caller.tenantId())) {
                return true;
            }
            current = tree.find(current.mergedInto()).orElse(null);
        }
        return false;
    }
}
