package vn.motcua.tenants;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tenants' rows a caller may read. {@code readable} is the caller's own tenant and, for
 * supervising roles, its descendants — never a sibling. {@code catalog} adds the ancestors,
 * whose published catalogs a tenant adopts.
 */
public record TenantScope(Set<String> readable, Set<String> catalog) {

    /** Stands in for "no tenant": SQL has no empty IN list. */
    static final String NONE = "-";

    public TenantScope {
        readable = Set.copyOf(readable);
        catalog = Set.copyOf(catalog);
    }

    public static TenantScope of(Set<String> readable, Set<String> ancestors) {
        Set<String> catalog = new LinkedHashSet<>(readable);
        catalog.addAll(ancestors);
        return new TenantScope(readable, catalog);
    }

    public boolean canRead(String tenantId) {
        return readable.contains(tenantId);
    }

    List<String> readableParameter() {
        return readable.isEmpty() ? List.of(NONE) : List.copyOf(readable);
    }

    List<String> catalogParameter() {
        return catalog.isEmpty() ? List.of(NONE) : List.copyOf(catalog);
    }
}
