package vn.motcua.catalog.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.tenants.SchemaMigration;

/**
 * Migrates the schema, then loads demo data when configured, as soon as a module of the
 * application starts. Every web module triggers it; after the first, both steps find nothing to do.
 */
@ApplicationScoped
public class Startup {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        demoData.loadIfEnabled();
    }
}
