package vn.motcua.tenants.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.TenantScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the tenant tree. The tree itself is not tenant-filtered: it is the map everyone needs. */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.name", Tenant.class).getResultList();
    }

    /** Parents first, from the root down to (excluding) the tenant itself. */
    public List<Tenant> ancestorsOf(String id) {
        List<Tenant> chain = new ArrayList<>();
        Tenant current = em.find(Tenant.class, id);
        while (current != null && current.parentId() != null) {
            current = em.find(Tenant.class, current.parentId());
            if (current != null) {
                chain.add(0, current);
            }
        }
        return chain;
    }

    public Set<String> descendantIdsOf(String id) {
        Set<String> found = new LinkedHashSet<>();
        Collection<String> level = List.of(id);
        while (!level.isEmpty()) {
            level = em.createQuery("select t.id from Tenant t where t.parentId in :ids", String.class)
                    .setParameter("ids", level)
                    .getResultList();
            found.addAll(level);
        }
        return found;
    }

    /**
     * The tenant and the units merged into it (transitively): the rows a unit's own staff work
     * on, since a merged commune's dossiers and catalog stay with its id (see {@link Tenant}).
     */
    public Set<String> unitsOf(String id) {
        Set<String> found = new LinkedHashSet<>();
        found.add(id);
        Collection<String> level = List.of(id);
        while (!level.isEmpty()) {
            level = em.createQuery("select t.id from Tenant t where t.mergedInto in :ids", String.class)
                    .setParameter("ids", level)
                    .getResultList();
            level = level.stream().filter(found::add).toList();
        }
        return found;
    }

    /**
     * The caller as they act now: when their tenant was merged, as the unit it became (following
     * a chain of mergers), with the same login and roles; otherwise unchanged.
     */
    public Caller current(Caller caller) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        Set<String> seen = new LinkedHashSet<>();
        while (tenant != null && tenant.isMerged() && seen.add(tenant.id())) {
            Tenant successor = em.find(Tenant.class, tenant.mergedInto());
            if (successor == null) {
                break;
            }
            tenant = successor;
        }
        return tenant == null || tenant.id().equals(caller.tenantId()) ? caller
                : new Caller(caller.username(), tenant.id(), caller.roles());
    }

    public TenantScope scopeOf(Caller caller) {
        if (!caller.belongsToTenant() || find(caller.tenantId()).isEmpty()) {
            return TenantScope.of(Set.of(), Set.of(), Set.of());
        }
        Set<String> below = caller.supervisesDescendants() || caller.readsDossiersBelow()
                ? descendantIdsOf(caller.tenantId()) : Set.of();
        Set<String> ancestors = new LinkedHashSet<>();
        ancestorsOf(caller.tenantId()).forEach(t -> ancestors.add(t.id()));
        return TenantScope.of(caller, unitsOf(caller.tenantId()), below, ancestors);
    }

    public TenantScope everything() {
        Set<String> all = new LinkedHashSet<>();
        all().forEach(t -> all.add(t.id()));
        return TenantScope.of(all, Set.of(), all);
    }
}
