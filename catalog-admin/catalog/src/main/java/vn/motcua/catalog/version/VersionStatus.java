package vn.motcua.catalog.version;

public enum VersionStatus {
    DRAFT,
    /** Frozen: a published version never changes, dossiers pin it. */
    PUBLISHED
}
