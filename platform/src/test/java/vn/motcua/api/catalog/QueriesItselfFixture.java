package vn.motcua.api.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.tenants.persistence.Tenancy;

/**
 * Test fixture, never in a WAR: a resource that queries the database itself instead of calling a
 * service. DependencyRulesTest checks that the rules catch it.
 */
class QueriesItselfFixture {

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    Tenancy tenancy;

    long count() {
        return tenancy.entityManager().createQuery("select count(p) from Procedure p", Long.class).getSingleResult()
                + em.find(Procedure.class, 1L).steps().size();
    }
}
