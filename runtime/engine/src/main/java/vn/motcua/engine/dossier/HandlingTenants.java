package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.AdministrativeLevel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tenant does the steps of each level for one dossier, decided at reception by the service
 * from the tenant tree: the desk that received it, and for each level the unit competent for it —
 * for a commune procedure received at Xã Hải Quế, the commune steps are Hải Quế's and the district
 * steps (71/QĐ-UBND monthly allowance, steps 4–5) its parent Huyện Hải Lăng's. Any commune desk of
 * the province accepts a dossier whatever the citizen's address (Decree 118/2025, one-stop-rules.md),
 * so the receiving desk need not be the competent commune: it does the reception step and the
 * route's levels say where the dossier goes from there.
 *
 * @param receivingTenant the desk that received the dossier: reception step, and the result's
 *                        hand-over when processing ends without a result step (a refusal)
 * @param byLevel         the tenant doing each level's steps
 */
public record HandlingTenants(String receivingTenant, Map<AdministrativeLevel, String> byLevel) {

    public HandlingTenants {
        Objects.requireNonNull(receivingTenant, "receivingTenant");
        byLevel = Map.copyOf(byLevel);
    }

    /** A desk handling everything itself (a district procedure received at the district). */
    public static HandlingTenants all(String tenant, AdministrativeLevel level) {
        return new HandlingTenants(tenant, Map.of(level, tenant));
    }

    public static Builder receivedAt(String receivingTenant) {
        return new Builder(receivingTenant);
    }

    /** The tenant doing steps of {@code level}; the receiving desk when the catalog gives no level. */
    public String tenantFor(AdministrativeLevel level) {
        if (level == null) {
            return receivingTenant;
        }
        return Optional.ofNullable(byLevel.get(level)).orElseThrow(() -> new IllegalArgumentException(
                "no tenant does the " + level + " steps of a dossier received at " + receivingTenant));
    }

    public static final class Builder {
        private final String receivingTenant;
        private final Map<AdministrativeLevel, String> byLevel = new EnumMap<>(AdministrativeLevel.class);

        private Builder(String receivingTenant) {
            this.receivingTenant = receivingTenant;
        }

        public Builder level(AdministrativeLevel level, String tenant) {
            byLevel.put(level, tenant);
            return this;
        }

        public HandlingTenants build() {
            return new HandlingTenants(receivingTenant, byLevel);
        }
    }
}
