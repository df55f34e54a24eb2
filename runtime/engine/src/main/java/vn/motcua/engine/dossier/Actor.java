package vn.motcua.engine.dossier;

import vn.motcua.tenants.access.Role;

import java.util.Objects;
import java.util.Set;

/**
 * Who issues a command: a user from the token (login, tenant, roles) and the units they act for —
 * their tenant and, after a merger, the units merged into it (which keep their tenant ids), as
 * {@code Tenancy.ownUnits()} gives them. The system (timers) is an actor too.
 *
 * @param tenantId null for a citizen and for the system
 */
public record Actor(String userId, String tenantId, Set<String> roles, Set<String> units) {

    public static final String SYSTEM_ROLE = "system";

    private static final Actor SYSTEM = new Actor("system", null, Set.of(SYSTEM_ROLE), Set.of());

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        units = units == null ? (tenantId == null ? Set.of() : Set.of(tenantId)) : Set.copyOf(units);
    }

    /** A staff member of {@code tenantId} with {@code roles}, acting for that tenant only. */
    public static Actor staff(String userId, String tenantId, String... roles) {
        return new Actor(userId, tenantId, Set.of(roles), Set.of(tenantId));
    }

    public static Actor citizen(String userId) {
        return new Actor(userId, null, Set.of(Role.CITIZEN), Set.of());
    }

    /** The runtime itself: timers ending postings. */
    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return roles.contains(SYSTEM_ROLE);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean actsFor(String tenant) {
        return units.contains(tenant);
    }
}
