package vn.motcua.api.problem;

import vn.motcua.api.catalog.ProcedureResource;

/**
 * Test fixture, never in a WAR: the problem package reaching for a resource, as a mapper special-casing
 * one would. DependencyRulesTest checks that the rules catch it.
 */
class KnowsAResourceFixture {

    boolean isProcedures(Object resource) {
        return resource instanceof ProcedureResource;
    }
}
