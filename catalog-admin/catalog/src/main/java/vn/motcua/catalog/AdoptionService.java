package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.tenants.AccessDenied;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.NotFound;
import vn.motcua.tenants.Role;
import vn.motcua.tenants.Tenancy;
import vn.motcua.tenants.Tenant;
import vn.motcua.tenants.TenantDirectory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A district's or commune's adoption of the catalog above it, and the effective catalog that
 * follows from it: computed at each read from the version in effect, never copied, so a
 * province's correction reaches every adopter on its effective date.
 */
@ApplicationScoped
@Transactional
public class AdoptionService {

    @Inject
    Tenancy tenancy;

    @Inject
    CatalogService catalog;

    @Inject
    TenantDirectory directory;

    /** The caller's tenant's adoption; a tenant that never chose adopts the whole catalog. */
    public Adoption current() {
        return stored().map(StoredAdoption::toAdoption).orElseGet(() -> Adoption.all(tenancy.caller().tenantId()));
    }

    /** Records the caller's tenant's adoption after checking it against the catalog in effect. */
    public Adoption adopt(Adoption adoption, Instant at) {
        if (!tenancy.caller().hasRole(Role.CATALOG_ADMIN)) {
            throw new AccessDenied("only a catalog admin decides what the tenant adopts");
        }
        if (!adoption.tenantId().equals(tenancy.caller().tenantId())) {
            throw new AccessDenied("a tenant adopts for itself only");
        }
        CatalogVersion inEffect = catalog.versionInEffect(at).orElseThrow(() -> new NotFound("no catalog in effect to adopt"));
        if (inEffect.tenantId().equals(adoption.tenantId())) {
            throw new InvalidInput("adoption", "a tenant does not adopt its own catalog");
        }
        List<AdoptionProblem> problems = adoption.validateAgainst(inEffect);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.putIfAbsent(p.procedure() + (p.step() == null ? "" : " step " + p.step()), p.message()));
            throw new InvalidInput(problems.get(0).message(), errors);
        }
        stored().ifPresentOrElse(s -> s.replaceWith(adoption), () -> tenancy.entityManager().persist(new StoredAdoption(adoption)));
        return adoption;
    }

    /**
     * The caller's tenant's catalog at {@code at}: its own version when it publishes one,
     * otherwise the version above it as its adoption shapes it.
     */
    public Optional<EffectiveCatalog> effectiveCatalog(Instant at) {
        String tenant = tenancy.caller().tenantId();
        return catalog.versionInEffect(at).map(inEffect -> EffectiveCatalog.compute(inEffect,
                inEffect.tenantId().equals(tenant) ? Adoption.all(tenant) : current()));
    }

    /**
     * The version above the caller's tenant that it adopts from at {@code at}, with its procedures
     * and steps read, for an adoption screen; empty when the tenant publishes its own catalog or no
     * catalog applies.
     */
    public Optional<CatalogVersion> adoptableVersion(Instant at) {
        String tenant = tenancy.caller().tenantId();
        return catalog.versionInEffect(at).filter(v -> !v.tenantId().equals(tenant)).map(v -> {
            v.procedures().forEach(p -> p.steps().size());
            return v;
        });
    }

    /** What one tenant below the caller's adopts, for a supervising admin to see. */
    public record TenantAdoption(String tenantId, String tenantName, Adoption adoption) {
    }

    /**
     * What each tenant below the caller's adopts, by name; a tenant that never chose adopts the
     * whole catalog. Read-only: each tenant's own admin decides its adoption.
     */
    public List<TenantAdoption> descendantAdoptions() {
        Caller caller = tenancy.caller();
        if (!caller.supervisesDescendants()) {
            throw new AccessDenied("only a supervising role sees the adoptions below its tenant");
        }
        Set<String> below = directory.descendantIdsOf(caller.tenantId());
        if (below.isEmpty()) {
            return List.of();
        }
        Map<String, Adoption> stored = new HashMap<>();
        tenancy.entityManager().createQuery("select a from StoredAdoption a where a.tenantId in :below", StoredAdoption.class)
                .setParameter("below", below)
                .getResultList()
                .forEach(a -> stored.put(a.tenantId(), a.toAdoption()));
        return below.stream()
                .map(id -> new TenantAdoption(id, directory.find(id).map(Tenant::name).orElse(id),
                        stored.getOrDefault(id, Adoption.all(id))))
                .sorted(Comparator.comparing(TenantAdoption::tenantName))
                .toList();
    }

    private Optional<StoredAdoption> stored() {
        return tenancy.entityManager().createQuery(
                        "select a from StoredAdoption a where a.tenantId = :tenant", StoredAdoption.class)
                .setParameter("tenant", tenancy.caller().tenantId())
                .getResultStream().findFirst();
    }
}
