package vn.motcua.tenants.admin;

import vn.motcua.tenants.tree.TenantKind;

import java.util.List;

/**
 * Communes or wards merged into one unit, as the 2025 reform did: either into one of them
 * ({@code intoId} is among {@code merging}; {@code name}, when given, renames it), or into a new
 * unit {@code intoId} named {@code name}, of {@code kind}, under {@code parentId} (by default the
 * parent the merged units share).
 */
public record Merger(List<String> merging, String intoId, String name, TenantKind kind, String parentId) {

    public Merger {
        merging = merging == null ? List.of() : merging.stream().map(NewTenant::trim).distinct().toList();
        intoId = NewTenant.trim(intoId);
        name = NewTenant.trim(name);
        parentId = NewTenant.trim(parentId);
    }

    public boolean intoExisting() {
        return merging.contains(intoId);
    }
}
