package vn.motcua.catalog.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveCatalogCache;
import vn.motcua.catalog.adoption.EffectiveCatalogKey;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.StoredAdoption;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.VersionRef;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A district's or commune's adoption of the catalog above it, and the effective catalog that
 * follows from it: computed from the version in effect, never copied, so a province's correction
 * reaches every adopter on its effective date.
 *
 * <p>The effective catalog is cached per tenant under a key read from the database at every call
 * (the id of the version in effect and the adoption row's version, see {@link EffectiveCatalogKey}):
 * a publication taking effect or a changed adoption, on any server, gives a new key, so a cached
 * result is never stale. A transaction that changed the adoption neither reads nor fills the
 * cache: should it roll back, what it computed would not be what the database holds.
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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Effective procedures held by the cache on one server, ~115 MB at the default (about 6 KB each,
     * bench/README.md): 40 communes of 500 adopted procedures, or 10 adopting a whole province
     * catalog. See {@link EffectiveCatalogCache} for why it is bounded.
     */
    static final int CACHED_PROCEDURES = Integer.getInteger("motcua.effective-catalog.cached-procedures", 20_000);

    private final EffectiveCatalogCache cache = new EffectiveCatalogCache(CACHED_PROCEDURES);

    /** Marks a transaction that changed the caller's adoption (see the class comment). */
    private static final String ADOPTION_CHANGED = AdoptionService.class.getName() + ".adoptionChanged";

    /** The caller's tenant's adoption; a tenant that never chose adopts the whole catalog. */
    public Adoption current() {
        return stored().map(StoredAdoption::toAdoption).orElseGet(() -> Adoption.all(tenancy.caller().tenantId()));
    }

    /**
     * Records the caller's tenant's adoption as it fits the catalog in effect ({@link Adoption#fitTo}):
     * what that catalog no longer has is dropped, an override that does not fit refuses the whole
     * change ({@link InvalidInput} of {@link AdoptionProblem}s). Returns what is stored. The API and
     * the adoption screen both call this, so the same input gets the same answer.
     */
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
        Adoption.Fitted fitted = adoption.fitTo(inEffect);
        if (!fitted.problems().isEmpty()) {
            throw new InvalidInput(fitted.problems());
        }
        transactions.putResource(ADOPTION_CHANGED, Boolean.TRUE);
        EntityManager em = tenancy.entityManager();
        stored().ifPresentOrElse(s -> s.revise(fitted.adoption(), em), () -> em.persist(new StoredAdoption(fitted.adoption())));
        return fitted.adoption();
    }

    /**
     * The caller's tenant's catalog at {@code at}: its own version when it publishes one,
     * otherwise the version above it as its adoption shapes it. A repeated read costs the two
     * small queries of its key (plus the tenant scope's) while nothing changed.
     */
    public Optional<EffectiveCatalog> effectiveCatalog(Instant at) {
        String tenant = tenancy.caller().tenantId();
        return catalog.versionRefInEffect(at).map(inEffect -> {
            if (transactions.getResource(ADOPTION_CHANGED) != null) {
                return compute(tenant, inEffect);
            }
            return cache.get(key(tenant, inEffect), () -> compute(tenant, inEffect));
        });
    }

    /**
     * The key of the caller's tenant's effective catalog at {@code at}: the version in effect and the
     * adoption row's id and version, which a dossier's route pins.
     */
    public Optional<EffectiveCatalogKey> effectiveCatalogKey(Instant at) {
        String tenant = tenancy.caller().tenantId();
        return catalog.versionRefInEffect(at).map(inEffect -> key(tenant, inEffect));
    }

    /** The cache's key of the caller's tenant's effective catalog from {@code inEffect}, as the database has it now. */
    private EffectiveCatalogKey key(String tenant, VersionRef inEffect) {
        Object[] stamp = tenancy.entityManager().createQuery(
                        "select a.id, a.version from StoredAdoption a where a.tenantId = :tenant", Object[].class)
                .setParameter("tenant", tenant)
                .getResultStream().findFirst().orElse(null);
        return stamp == null ? EffectiveCatalogKey.of(tenant, inEffect.id(), inEffect.tenantId(), null, 0)
                : EffectiveCatalogKey.of(tenant, inEffect.id(), inEffect.tenantId(), ((Number) stamp[0]).longValue(),
                ((Number) stamp[1]).longValue());
    }

    private EffectiveCatalog compute(String tenant, VersionRef inEffect) {
        CatalogVersion version = tenancy.entityManager().createQuery("select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", inEffect.id())
                .getSingleResult();
        return EffectiveCatalog.compute(version, inEffect.tenantId().equals(tenant) ? Adoption.all(tenant) : current());
    }

    /**
     * The version above the caller's tenant that it adopts from at {@code at}, without its
     * procedures (an adoption screen pages through them, see {@link #adoptableProcedures}); empty
     * when the tenant publishes its own catalog or no catalog applies.
     */
    public Optional<CatalogVersion> adoptableVersion(Instant at) {
        return adoptableRef(at).map(ref -> tenancy.entityManager()
                .createQuery("select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", ref.id())
                .getSingleResult());
    }

    /**
     * A page of the procedures of the version the caller's tenant adopts from at {@code at}, by
     * name, narrowed by {@code filter} in the query, with their steps read. Empty when there is no
     * such version.
     */
    public List<Procedure> adoptableProcedures(ProcedureFilter filter, int offset, int limit, Instant at) {
        return adoptableRef(at).map(ref -> {
            List<Procedure> page = catalog.proceduresOf(ref.id(), filter, offset, limit);
            page.forEach(p -> p.steps().size());
            return page;
        }).orElse(List.of());
    }

    public long countAdoptableProcedures(ProcedureFilter filter, Instant at) {
        return adoptableRef(at).map(ref -> catalog.countProceduresOf(ref.id(), filter)).orElse(0L);
    }

    /** A procedure the caller's tenant runs from the catalog above it, beside that catalog's own total. */
    public record AdoptedProcedure(EffectiveProcedure procedure, BigDecimal sourceTotalDays) {
    }

    /**
     * The procedures the caller's tenant runs at {@code at} from the catalog above it — its
     * effective catalog, as its adoption shapes it — by name, narrowed by {@code filter} as the
     * procedure grid narrows its own catalog (search regardless of diacritics, field, levels,
     * service day); empty when the tenant publishes its own catalog or none applies. Filtered in
     * memory: the effective catalog is computed and cached whole anyway.
     */
    public List<AdoptedProcedure> adoptedProcedures(ProcedureFilter filter, Instant at) {
        Optional<VersionRef> source = adoptableRef(at);
        Optional<EffectiveCatalog> effective = effectiveCatalog(at);
        if (source.isEmpty() || effective.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> sourceTotals = new HashMap<>();
        tenancy.entityManager().createQuery("select p.id, p.totalQuarters from Procedure p where p.version.id = :version", Object[].class)
                .setParameter("version", source.get().id())
                .getResultList()
                .forEach(row -> sourceTotals.put(((Number) row[0]).longValue(), Budget.daysOf(((Number) row[1]).intValue())));
        String search = SearchText.fold(filter.search());
        Set<String> covered = filter.serviceDayId() == null ? null : catalog.proceduresCoveredBy(filter.serviceDayId()).stream()
                .map(SearchText::fold).collect(Collectors.toSet());
        return effective.get().procedures().stream()
                .filter(p -> search.isEmpty() || SearchText.fold(String.join(" ", p.name(), nullToEmpty(p.nationalCode()),
                        nullToEmpty(p.field()))).contains(search))
                .filter(p -> filter.field() == null || filter.field().equals(p.field()))
                .filter(p -> filter.handlingLevel() == null || filter.handlingLevel() == p.handlingLevel())
                .filter(p -> filter.onlineLevel() == null || filter.onlineLevel() == p.onlineLevel())
                .filter(p -> covered == null || covered.contains(SearchText.fold(p.name())))
                .sorted(Comparator.comparing(EffectiveProcedure::name))
                .map(p -> new AdoptedProcedure(p, sourceTotals.getOrDefault(p.provinceProcedureId(), p.totalDays())))
                .toList();
    }

    /** The version the caller's tenant adopts from at {@code at}, if it adopts one: where its procedures come from. */
    public Optional<VersionRef> adoptedVersion(Instant at) {
        return adoptableRef(at);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The keys of every adoptable procedure {@code filter} matches, for "select all matching". */
    public List<ProcedureKey> adoptableKeys(ProcedureFilter filter, Instant at) {
        return adoptableRef(at).map(ref -> catalog.codesAndNamesOf(ref.id(), filter).stream()
                        .map(row -> row[0] == null || ((String) row[0]).isBlank() ? ProcedureKey.ofName((String) row[1])
                                : ProcedureKey.ofCode((String) row[0]))
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    /** The fields (lĩnh vực) of the adoptable version, to filter by. */
    public List<String> adoptableFields(Instant at) {
        return adoptableRef(at).map(ref -> catalog.fieldsOf(ref.id())).orElse(List.of());
    }

    private Optional<VersionRef> adoptableRef(Instant at) {
        String tenant = tenancy.caller().tenantId();
        return catalog.versionRefInEffect(at).filter(v -> !v.tenantId().equals(tenant));
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
