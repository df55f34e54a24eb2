package vn.motcua.api;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.motcua.catalog.demo.DemoData;
import vn.motcua.tenants.SchemaMigration;

/**
 * Migrates the schema, then loads the demo data when configured, when the application starts.
 * It lives in the API module because the EAR initialises that module first (application.xml
 * initialize-in-order), before the UIs can touch the database.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    @PostConstruct
    void start() {
        migration.migrate();
        demoData.loadIfEnabled();
    }
}
