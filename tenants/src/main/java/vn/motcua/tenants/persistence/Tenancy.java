package vn.motcua.tenants.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.TenantScope;
import vn.motcua.tenants.tree.TenantDirectory;

import java.util.Set;

/**
 * Hands out the transaction's entity manager with the caller's {@link TenantScope} applied, so
 * that every query on a tenant-owned entity is filtered by EclipseLink's additional criteria
 * (see {@link TenantOwned}). Services must call it inside a transaction: outside one, the
 * container gives each call a fresh entity manager and the scope would be lost.
 *
 * <p>{@code "motcua"} is the application's one persistence unit. It is defined at the EAR level (the
 * platform module's {@code META-INF/persistence.xml}), from the mapping file each domain module ships
 * ({@code META-INF/orm-tenants.xml} for this one).
 */
@ApplicationScoped
public class Tenancy {

    /** Parameter of the additional criteria on tenant-owned rows. */
    public static final String READABLE_TENANTS = "readableTenants";
    /** Parameter of the additional criteria on catalog rows (readable plus ancestors). */
    public static final String CATALOG_TENANTS = "catalogTenants";
    /** Parameter of the additional criteria on rows with personal data (see {@link PersonalData}). */
    public static final String DOSSIER_TENANTS = "dossierTenants";

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantDirectory directory;

    public EntityManager entityManager() {
        return scoped(scope());
    }

    public TenantScope scope() {
        return directory.scopeOf(callers.get());
    }

    public Caller caller() {
        return callers.get();
    }

    /** The caller's tenant and the units merged into it: whose desk work is the caller's own. */
    public Set<String> ownUnits() {
        Caller caller = caller();
        return caller.belongsToTenant() ? directory.unitsOf(caller.tenantId()) : Set.of();
    }

    /** For the system's own work (bootstrapping, schedulers): every tenant. */
    public EntityManager asSystem() {
        return scoped(directory.everything());
    }

    private EntityManager scoped(TenantScope scope) {
        em.setProperty(READABLE_TENANTS, scope.readableParameter());
        em.setProperty(CATALOG_TENANTS, scope.catalogParameter());
        em.setProperty(DOSSIER_TENANTS, scope.dossierParameter());
        return em;
    }
}
