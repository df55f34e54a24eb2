package vn.motcua.catalog.version;

/** A catalog version by its id and the tenant that publishes it, read without its procedures. */
public record VersionRef(long id, String tenantId) {
}
