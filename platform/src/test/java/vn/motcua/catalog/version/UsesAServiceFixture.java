package vn.motcua.catalog.version;

import vn.motcua.catalog.service.CatalogService;

/**
 * Test fixture, never in a jar: a class of the catalog's model that calls a service above it.
 * DependencyRulesTest checks that the rules catch it.
 */
class UsesAServiceFixture {

    long procedures(CatalogService catalog) {
        return catalog.countOwnProcedures("");
    }
}
