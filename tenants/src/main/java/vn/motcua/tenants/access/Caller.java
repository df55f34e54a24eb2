package vn.motcua.tenants.access;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person behind a request: their login, their tenant (absent for citizens)
 * and their roles, as the identity provider asserted them.
 */
public record Caller(String username, String tenantId, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean supervisesDescendants() {
        return hasAnyRole(Role.SUPERVISING);
    }

    /** Reads the dossiers of their own unit (and the units merged into it). */
    public boolean readsOwnDossiers() {
        return hasAnyRole(Role.DOSSIER_READERS);
    }

    /** Reads the dossiers of the units below their own. */
    public boolean readsDossiersBelow() {
        return hasRole(Role.SUPERVISOR);
    }

    public boolean belongsToTenant() {
        return tenantId != null && !tenantId.isBlank();
    }
}
