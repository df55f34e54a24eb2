package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.NotFound;
import vn.motcua.tenants.Tenancy;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/** Imports drafts and publishes them. */
@ApplicationScoped
@Transactional
public class PublishingService {

    @Inject
    Tenancy tenancy;

    Clock clock = Clock.systemUTC();

    /** Reads a decision transcribed as YAML into a new draft of {@code tenantId}. */
    public CatalogVersion importDraft(String tenantId, InputStream yaml) {
        CatalogVersion draft = ReferenceCatalogReader.read(tenantId, yaml);
        tenancy.entityManager().persist(draft);
        return draft;
    }

    /** Validates and freezes a draft. */
    public CatalogVersion publish(long versionId, LegalBasis basis) {
        EntityManager em = tenancy.entityManager();
        CatalogVersion version = em.createQuery("select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", versionId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no catalog version " + versionId));
        List<CatalogProblem> problems = CatalogValidation.check(version);
        if (!problems.isEmpty()) {
            throw new CatalogInvalid(problems);
        }
        version.publish(basis, clock.instant());
        return version;
    }
}
