package vn.motcua.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.tree.TenantDirectory;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The production services — {@link CatalogService}, {@link AdoptionService} and what they use:
 * {@link Tenancy}, {@link TenantDirectory}, {@link CallerContext} — wired in Java SE as CDI wires
 * them on Payara, so the benchmark times the code the application runs. Their {@code @Inject},
 * {@code @PersistenceContext} and {@code @Resource} fields are set from the objects here; one this
 * wiring cannot fill (say a service gains a collaborator) fails at start, naming the field, rather
 * than measuring something else.
 *
 * <p>What the container provides is modelled as it behaves for one request:
 * <ul>
 *   <li>the container-managed entity manager (transaction-scoped) is a proxy to the entity manager
 *       of the {@link #request} under way, which runs in one resource-local transaction (the services
 *       are {@code @Transactional}) and is rolled back and closed at its end;</li>
 *   <li>the caller is set at the start of each request, as the web modules' filters do;</li>
 *   <li>the transaction synchronization registry holds the request's resources.</li>
 * </ul>
 * The services are application-scoped: one of each for the run, so AdoptionService's cache of
 * effective catalogs lives across requests as on a server; {@link #freshAdoptions()} gives one with
 * an empty cache (a server just started).
 */
final class Services {

    private final EntityManagerFactory emf;
    private final Map<String, Object> requestResources = new HashMap<>();
    private EntityManager current;

    final TenantDirectory directory = new TenantDirectory();
    final CallerContext callers = new CallerContext();
    final Tenancy tenancy = new Tenancy();
    final CatalogService catalog = new CatalogService();
    final AdoptionService adoptions;

    private final List<Object> beans;
    private final EntityManager containerManaged;
    private final TransactionSynchronizationRegistry transactions;

    Services(EntityManagerFactory emf) {
        this.emf = emf;
        this.containerManaged = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    if (current == null) {
                        throw new IllegalStateException("no request under way: " + method.getName());
                    }
                    try {
                        return method.invoke(current, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        this.transactions = new RequestResources();
        this.beans = new ArrayList<>(List.of(directory, callers, tenancy, catalog));
        beans.forEach(this::inject);
        this.adoptions = freshAdoptions();
    }

    /** An AdoptionService with an empty cache, wired like the others. */
    AdoptionService freshAdoptions() {
        AdoptionService service = new AdoptionService();
        inject(service);
        return service;
    }

    /**
     * Runs {@code work} as one request of {@code caller}: a fresh entity manager in a transaction,
     * the caller set (which reads the caller's tenant, as on the server), then rolled back and closed.
     */
    <T> T request(Caller caller, Supplier<T> work) {
        if (current != null) {
            throw new IllegalStateException("a request is already under way");
        }
        current = emf.createEntityManager();
        current.getTransaction().begin();
        try {
            callers.set(caller);
            return work.get();
        } finally {
            if (current.getTransaction().isActive()) {
                current.getTransaction().rollback();
            }
            current.close();
            current = null;
            requestResources.clear();
        }
    }

    /** Sets each injection point of {@code bean} from the objects of this wiring, by type. */
    private void inject(Object bean) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(PersistenceContext.class)
                        && !field.isAnnotationPresent(Resource.class)) {
                    continue;
                }
                Object value = field.getType() == EntityManager.class ? containerManaged
                        : field.getType() == TransactionSynchronizationRegistry.class ? transactions
                        : beans.stream().filter(field.getType()::isInstance).findFirst().orElse(null);
                if (value == null) {
                    throw new IllegalStateException("the benchmark's wiring has nothing for " + type.getSimpleName() + "."
                            + field.getName() + " (" + field.getType().getName() + "): add it to " + Services.class.getName());
                }
                try {
                    field.setAccessible(true);
                    field.set(bean, value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The request's resources, as a JTA transaction holds them; nothing else of the registry is used. */
    private final class RequestResources implements TransactionSynchronizationRegistry {

        @Override
        public Object getResource(Object key) {
            return requestResources.get(String.valueOf(key));
        }

        @Override
        public void putResource(Object key, Object value) {
            requestResources.put(String.valueOf(key), value);
        }

        @Override
        public Object getTransactionKey() {
            return current;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException("not modelled by the benchmark");
        }

        @Override
        public int getTransactionStatus() {
            throw new UnsupportedOperationException("not modelled by the benchmark");
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException("not modelled by the benchmark");
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException("not modelled by the benchmark");
        }
    }
}
