package vn.motcua.catalog.adoption;

import java.util.Objects;

/**
 * What a tenant's effective catalog depends on, as the database says it at the time of a read: the
 * published version in effect (published versions never change, so its id stands for its content)
 * and the tenant's stored adoption row with its optimistic-lock version, which moves at every
 * change. Two reads with equal keys have equal effective catalogs, on any server; a publication
 * taking effect or a changed adoption gives another key.
 *
 * @param versionId       the published version in effect for the tenant
 * @param adoptionId      the tenant's stored adoption, null when it never chose (it then adopts all)
 *                        or when the version is the tenant's own (an adoption does not apply to it)
 * @param adoptionVersion that row's {@code @Version}, 0 when there is no row
 */
public record EffectiveCatalogKey(String tenantId, long versionId, Long adoptionId, long adoptionVersion) {

    public EffectiveCatalogKey {
        Objects.requireNonNull(tenantId, "tenantId");
    }

    /**
     * The key of {@code tenantId}'s effective catalog computed from the version {@code versionId} of
     * {@code versionTenantId}, with its stored adoption if any (id and version).
     */
    public static EffectiveCatalogKey of(String tenantId, long versionId, String versionTenantId, Long adoptionId,
                                         long adoptionVersion) {
        if (tenantId.equals(versionTenantId) || adoptionId == null) {
            // a tenant's own catalog is its effective one, whatever it once adopted from above
            return new EffectiveCatalogKey(tenantId, versionId, null, 0);
        }
        return new EffectiveCatalogKey(tenantId, versionId, adoptionId, adoptionVersion);
    }
}
