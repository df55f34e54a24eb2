package vn.motcua.tenants.admin;

import vn.motcua.tenants.tree.Tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole tenant tree at one moment, for checking a change against it. The tree is small
 * (34 provinces, ~3,300 communes nationally), so it is read whole for each administrative change.
 */
public final class TenantTree {

    private final Map<String, Tenant> byId = new LinkedHashMap<>();
    private final Map<String, List<Tenant>> children = new LinkedHashMap<>();

    public TenantTree(Collection<Tenant> tenants) {
        tenants.forEach(t -> byId.put(t.id(), t));
        tenants.stream()
                .sorted(Comparator.comparing(Tenant::name))
                .filter(t -> t.parentId() != null)
                .forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public List<Tenant> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Parents first, from the root down to (excluding) the tenant itself. */
    public List<Tenant> ancestorsOf(String id) {
        List<Tenant> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Tenant current = byId.get(id);
        while (current != null && current.parentId() != null && seen.add(current.id())) {
            current = byId.get(current.parentId());
            if (current != null) {
                chain.add(0, current);
            }
        }
        return chain;
    }

    /** The root of the tenant's branch: its province. */
    public Tenant provinceOf(String id) {
        List<Tenant> ancestors = ancestorsOf(id);
        return ancestors.isEmpty() ? byId.get(id) : ancestors.get(0);
    }

    /** The tenant and everything below it, depth first, each parent before its children. */
    public List<Tenant> subtree(String id) {
        List<Tenant> out = new ArrayList<>();
        Tenant root = byId.get(id);
        if (root != null) {
            collect(root, out, new LinkedHashSet<>());
        }
        return out;
    }

    private void collect(Tenant t, List<Tenant> out, Set<String> seen) {
        if (!seen.add(t.id())) {
            return;
        }
        out.add(t);
        childrenOf(t.id()).forEach(c -> collect(c, out, seen));
    }

    /** Whether {@code id} is strictly below {@code ancestorId}. */
    public boolean isBelow(String id, String ancestorId) {
        return ancestorsOf(id).stream().anyMatch(a -> a.id().equals(ancestorId));
    }

    /** Whether {@code id} is {@code ancestorId} or below it. */
    public boolean isWithin(String id, String ancestorId) {
        return id != null && (id.equals(ancestorId) || isBelow(id, ancestorId));
    }

    /** Every root (province), by name, and below each its subtree. */
    public List<Tenant> all() {
        List<Tenant> out = new ArrayList<>();
        byId.values().stream().filter(Tenant::isRoot).sorted(Comparator.comparing(Tenant::name))
                .forEach(r -> out.addAll(subtree(r.id())));
        return out;
    }
}
