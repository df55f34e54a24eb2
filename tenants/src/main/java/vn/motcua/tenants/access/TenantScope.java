package vn.motcua.tenants.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tenants' rows a caller may read. {@code readable} is the caller's own tenant and, for
 * supervising roles, its descendants — never a sibling. {@code catalog} adds the ancestors,
 * whose published catalogs a tenant adopts. {@code dossiers} is narrower: the tenants whose
 * dossiers, with their applicants' personal data, the caller may read — their own unit's for the
 * desk's staff, and those below for a supervisor; none for an admin or a reporting officer.
 */
public record TenantScope(Set<String> readable, Set<String> catalog, Set<String> dossiers) {

    /** Stands in for "no tenant": SQL has no empty IN list. */
    static final String NONE = "-";

    public TenantScope {
        readable = Set.copyOf(readable);
        catalog = Set.copyOf(catalog);
        dossiers = Set.copyOf(dossiers);
    }

    public static TenantScope of(Set<String> readable, Set<String> ancestors, Set<String> dossiers) {
        Set<String> catalog = new LinkedHashSet<>(readable);
        catalog.addAll(ancestors);
        return new TenantScope(readable, catalog, dossiers);
    }

    /**
     * The scope of {@code caller}, whose own units (their tenant and the units merged into it),
     * units below and ancestors these are.
     */
    public static TenantScope of(Caller caller, Set<String> own, Set<String> below, Set<String> ancestors) {
        Set<String> readable = new LinkedHashSet<>(own);
        if (caller.supervisesDescendants()) {
            readable.addAll(below);
        }
        Set<String> dossiers = new LinkedHashSet<>();
        if (caller.readsOwnDossiers()) {
            dossiers.addAll(own);
        }
        if (caller.readsDossiersBelow()) {
            dossiers.addAll(below);
        }
        return of(readable, ancestors, dossiers);
    }

    public boolean canRead(String tenantId) {
        return readable.contains(tenantId);
    }

    public boolean canReadDossiersOf(String tenantId) {
        return dossiers.contains(tenantId);
    }

    /** The scope as the additional criteria's parameters take it (see {@code Tenancy}): never an empty list. */
    public List<String> readableParameter() {
        return parameter(readable);
    }

    public List<String> catalogParameter() {
        return parameter(catalog);
    }

    public List<String> dossierParameter() {
        return parameter(dossiers);
    }

    private static List<String> parameter(Set<String> tenants) {
        return tenants.isEmpty() ? List.of(NONE) : List.copyOf(tenants);
    }
}
