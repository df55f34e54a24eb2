package vn.motcua.engine.dossier;

import vn.motcua.catalog.adoption.EffectiveCatalogKey;

/**
 * What a dossier's route was taken from: the published catalog version in effect and the
 * receiving tenant's adoption row at its optimistic version. Both are immutable once read (a
 * published version never changes; a changed adoption gets a new version), so the pin names exactly
 * the catalog the route copies, for audits and for the portal — and a later decision or adoption
 * change never reaches a running dossier, whose route is its own copy.
 *
 * @param adoptionId      null when the tenant never chose (it adopts everything) or runs its own catalog
 * @param adoptionVersion 0 when there is no adoption row
 */
public record RoutePin(long catalogVersionId, Long adoptionId, long adoptionVersion) {

    /** The pin of the effective catalog read under {@code key}. */
    public static RoutePin of(EffectiveCatalogKey key) {
        return new RoutePin(key.versionId(), key.adoptionId(), key.adoptionVersion());
    }
}
