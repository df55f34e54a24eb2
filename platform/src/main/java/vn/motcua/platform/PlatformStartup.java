package vn.motcua.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import vn.motcua.catalog.demo.DemoData;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Migrates the schema of every module, then loads the demo data when configured, before any web
 * module serves a request. Registered as a servlet container initializer
 * ({@code META-INF/services/jakarta.servlet.ServletContainerInitializer} of this jar).
 *
 * <p>Why a servlet container initializer in an EAR library (measured on Payara 6.2025.9, EAR with
 * this jar in {@code lib/}):
 * <ul>
 *   <li>An EJB {@code @Startup} singleton here would never run: a jar in {@code lib/} is not an EJB
 *       module (it would need an EJB module of its own in the EAR).</li>
 *   <li>A CDI observer of {@code @Initialized(ApplicationScoped.class)} here is notified once, with a
 *       String payload, before the web modules load — but in the deployment thread, where
 *       {@code java:app/jdbc/motcua} cannot be looked up ("no datasource"), so the deployment fails;
 *       the web modules' own {@code @Initialized(ApplicationScoped.class)} events (ServletContext
 *       payload) do not reach observers in the library at all.</li>
 *   <li>Payara calls a library's initializer for every web module of the EAR as that module's
 *       servlet context starts, before the module serves, with the module's naming context (the
 *       datasource is found) and CDI ready. The first module to start (application.xml's
 *       initialize-in-order makes it /api) runs the migration; later modules find it done. Should a
 *       module ever start first or alongside, it runs or waits for the same migration (one lock for
 *       the class: each module gets an instance of this class, and its own instance of an
 *       application-scoped bean of a library, so the state is static). A failing migration throws
 *       out of the module's start, which fails the deployment: the application never serves on a
 *       schema it does not know ({@code ./motcua run} on a kept database whose shared history has a
 *       failed row stops with "deploying … failed" and the list of problems).</li>
 * </ul>
 */
public class PlatformStartup implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    /** Looked up rather than injected: resource injection does not reach classes of EAR libraries. */
    static final String DATA_SOURCE = "java:app/jdbc/motcua";

    private static final Object LOCK = new Object();
    private static boolean started;

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext webModule) {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            LOG.info(() -> "starting the application, as web module " + webModule.getContextPath() + " starts");
            new SchemaMigration(dataSource()).migrate();
            CDI.current().select(DemoData.class).get().loadIfEnabled();
            // the demo's dossiers, made by the runtime's own commands on the demo catalog
            CDI.current().select(vn.motcua.engine.demo.DemoDossiers.class).get().loadIfEnabled();
            started = true;
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("no datasource " + DATA_SOURCE, e);
        }
    }
}
