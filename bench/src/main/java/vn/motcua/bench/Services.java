package vn.motcua.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
public final class Services {

    private final EntityManagerFactory emf;
    /** Each thread runs its own requests, as the server's request threads do. */
    private final ThreadLocal<Map<String, Object>> requestResources = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    final TenantDirectory directory = new TenantDirectory();
    final CallerContext callers;
    final Tenancy tenancy = new Tenancy();
    final CatalogService catalog = new CatalogService();
    final AdoptionService adoptions;

    private final List<Object> beans;
    /** MicroProfile Config values, by property name, for {@code @ConfigProperty} fields. */
    private final Map<String, Object> config = new HashMap<>();
    private final EntityManager containerManaged;
    private final TransactionSynchronizationRegistry transactions;

    Services(EntityManagerFactory emf) {
        this(emf, List.of());
    }

    /**
     * The catalog's services plus {@code more} beans (already constructed; their fields are wired
     * here, in order, after the catalog's): for other benchmarks to add the services they time.
     */
    public Services(EntityManagerFactory emf, List<Object> more) {
        this.emf = emf;
        this.callers = new ThreadCallerContext(directory);
        this.containerManaged = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    EntityManager em = current.get();
                    if (em == null) {
                        throw new IllegalStateException("no request under way: " + method.getName());
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        this.transactions = new RequestResources();
        this.beans = new ArrayList<>(List.of(directory, callers, tenancy, catalog));
        beans.forEach(this::inject);
        this.adoptions = freshAdoptions();
        beans.add(adoptions);
        beans.addAll(more);
    }

    /** Sets a MicroProfile Config property for the {@code @ConfigProperty} fields wired by {@link #wire()}. */
    public Services config(String name, Object value) {
        config.put(name, value);
        return this;
    }

    /** Wires the fields of the beans given to the constructor; after {@link #config}. */
    public Services wire() {
        beans.stream().skip(5).forEach(this::inject);
        return this;
    }

    public Tenancy tenancy() {
        return tenancy;
    }

    /** The application-scoped AdoptionService, whose cache of effective catalogs lives for the run. */
    public AdoptionService adoptions() {
        return adoptions;
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
    public <T> T request(Caller caller, Supplier<T> work) {
        return run(caller, work, false);
    }

    /**
     * Runs {@code work} as one request of {@code caller} calling a {@code @Transactional} service, as
     * the container does: a fresh entity manager in a transaction, committed when {@code work}
     * returns, rolled back when it throws.
     */
    public <T> T transaction(Caller caller, Supplier<T> work) {
        return run(caller, work, true);
    }

    /**
     * Runs {@code work} in a transaction of its own, suspending the request's, as the container runs
     * a {@code @Transactional(REQUIRES_NEW)} method: another entity manager, so another connection,
     * committed at return; the request's comes back after.
     */
    public <T> T requiresNew(Supplier<T> work) {
        EntityManager outer = current.get();
        EntityManager em = emf.createEntityManager();
        current.set(em);
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            current.set(outer);
        }
    }

    private <T> T run(Caller caller, Supplier<T> work, boolean commit) {
        if (current.get() != null) {
            throw new IllegalStateException("a request is already under way");
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        em.getTransaction().begin();
        try {
            callers.set(caller);
            T result = work.get();
            if (commit) {
                em.getTransaction().commit();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            current.remove();
            requestResources.get().clear();
            ((ThreadCallerContext) callers).clear();
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
                ConfigProperty property = field.getAnnotation(ConfigProperty.class);
                Object value = property != null ? configValue(property, field)
                        : field.getType() == EntityManager.class ? containerManaged
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

    private Object configValue(ConfigProperty property, Field field) {
        Object value = config.get(property.name());
        if (value == null && !ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue())) {
            String text = property.defaultValue();
            value = field.getType() == boolean.class ? (Object) Boolean.parseBoolean(text)
                    : field.getType() == int.class ? (Object) Integer.parseInt(text) : text;
        }
        if (value == null && field.getType() == java.util.Optional.class) {
            value = java.util.Optional.empty();
        }
        return value;
    }

    /** The request's resources, as a JTA transaction holds them; nothing else of the registry is used. */
    private final class RequestResources implements TransactionSynchronizationRegistry {

        @Override
        public Object getResource(Object key) {
            return requestResources.get().get(String.valueOf(key));
        }

        @Override
        public void putResource(Object key, Object value) {
            requestResources.get().put(String.valueOf(key), value);
        }

        @Override
        public Object getTransactionKey() {
            return current.get();
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

    /**
     * The request-scoped caller, one per thread: on the server each request has its own
     * {@code CallerContext}; here the worker threads of a concurrent run share the wiring.
     */
    private static final class ThreadCallerContext extends CallerContext {

        private final TenantDirectory directory;
        private final ThreadLocal<Caller> caller = new ThreadLocal<>();

        ThreadCallerContext(TenantDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void set(Caller c) {
            caller.set(c.belongsToTenant() ? directory.current(c) : c);  // as CallerContext.set
        }

        @Override
        public Caller get() {
            Caller c = caller.get();
            if (c == null) {
                throw new IllegalStateException("no authenticated caller in this request");
            }
            return c;
        }

        @Override
        public boolean isSet() {
            return caller.get() != null;
        }

        void clear() {
            caller.remove();
        }
    }
}
