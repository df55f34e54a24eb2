package vn.motcua.tenants;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway. Each module ships its migrations under
 * {@code db/migration}; versions are global across modules. Safe to call from several modules
 * and several servers: Flyway serialises migrations with a database lock.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** Looked up rather than injected: resource injection does not reach beans of EAR libraries. */
    static final String DATA_SOURCE = "java:app/jdbc/motcua";

    public void migrate() {
        DataSource dataSource;
        try {
            dataSource = InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("no datasource " + DATA_SOURCE, e);
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
