package vn.motcua.tenants;

import vn.motcua.catalog.version.Procedure;
import vn.motcua.engine.dossier.Dossier;

/**
 * Test fixture, never in a jar: a class of the tenants module that uses the catalog and the engine
 * above it, as a careless import would. DependencyRulesTest checks that the rules catch it.
 */
class ReachesUpFixture {

    String describe(Procedure procedure, Dossier dossier) {
        return procedure.name() + " " + dossier.code();
    }
}
