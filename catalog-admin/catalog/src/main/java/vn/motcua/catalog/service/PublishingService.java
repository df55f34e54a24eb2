package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.exchange.DraftMerge;
import vn.motcua.catalog.exchange.ImportSummary;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.CatalogProblem;
import vn.motcua.catalog.version.CatalogValidation;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.VersionStatus;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.NotFound;

import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a tenant's catalog changes: an admin edits a draft (a copy of the version in force) and
 * publishes it under a decision; published versions are never touched again.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /** What a draft may be saved with although it cannot be published yet is everything but these. */
    private static final Set<CatalogProblem.Kind> UNSTORABLE = EnumSet.of(CatalogProblem.Kind.NAME_MISSING,
            CatalogProblem.Kind.ONLINE_LEVEL_MISSING, CatalogProblem.Kind.TOTAL_MISSING, CatalogProblem.Kind.TOTAL_NOT_QUARTERS,
            CatalogProblem.Kind.NUMBER_FORMAT, CatalogProblem.Kind.NUMBER_DUPLICATE, CatalogProblem.Kind.BUDGET_NOT_QUARTERS,
            CatalogProblem.Kind.POSTING_NOT_QUARTERS, CatalogProblem.Kind.TOTAL_NEGATIVE, CatalogProblem.Kind.BUDGET_NEGATIVE,
            CatalogProblem.Kind.POSTING_NEGATIVE, CatalogProblem.Kind.FEE_AMOUNT_MISSING, CatalogProblem.Kind.FEE_NOT_WHOLE,
            CatalogProblem.Kind.OUTCOME_KIND_MISSING);

    /** Reads a decision transcribed as YAML into a new draft of {@code tenantId}, the caller's own tenant. */
    public CatalogVersion importDraft(String tenantId, InputStream yaml) {
        requireAdmin();
        requireOwn(tenantId);
        CatalogVersion draft = ReferenceCatalogReader.read(tenantId, yaml);
        tenancy.entityManager().persist(draft);
        return draft;
    }

    /** The caller's tenant's draft, if one is open. */
    public Optional<CatalogVersion> currentDraft() {
        return latest(VersionStatus.DRAFT);
    }

    /** The open draft, or a new one copying the latest published version (or empty when there is none). */
    public CatalogVersion openDraft() {
        requireAdmin();
        return currentDraft().orElseGet(() -> {
            String tenant = tenancy.caller().tenantId();
            CatalogVersion draft = latest(VersionStatus.PUBLISHED)
                    .map(v -> v.newDraft("Dự thảo sửa đổi " + v.decisionNumber()))
                    .orElseGet(() -> new CatalogVersion(tenant, "Dự thảo danh mục"));
            tenancy.entityManager().persist(draft);
            tenancy.entityManager().flush(); // identity ids: the copies' ids are what callers match procedures by
            return draft;
        });
    }

    /**
     * The draft's copy of a procedure the admin picked in the catalog, which may belong to the
     * published version: its copy in the draft has the same national code, or the same name.
     */
    public Procedure draftProcedureFor(long procedureId) {
        CatalogVersion draft = openDraft();
        Procedure picked = tenancy.entityManager().createQuery("select p from Procedure p where p.id = :id", Procedure.class)
                .setParameter("id", procedureId)
                .getResultStream().findFirst()
                .filter(p -> p.tenantId().equals(tenancy.caller().tenantId()))
                .orElseThrow(() -> new NotFound("no procedure " + procedureId));
        return draft.procedures().stream()
                .filter(p -> p.id().equals(picked.id()) || sameProcedure(p, picked))
                .findFirst()
                .orElseThrow(() -> new NotFound("procedure " + procedureId + " is not in the draft"));
    }

    private static boolean sameProcedure(Procedure a, Procedure b) {
        return a.nationalCode() != null ? a.nationalCode().equals(b.nationalCode()) : b.nationalCode() == null && a.name().equals(b.name());
    }

    /** A procedure of the caller's tenant's open draft; any other procedure is not found. */
    public Procedure draftProcedure(long procedureId) {
        requireAdmin();
        return currentDraft().flatMap(d -> d.procedures().stream().filter(p -> p.id().equals(procedureId)).findFirst())
                .orElseThrow(() -> new NotFound("no procedure " + procedureId + " in the draft"));
    }

    /**
     * Takes a procedure out of the open draft. The procedure is read through the tenant-scoped
     * entity manager first and removed as an entity: EclipseLink skips the additional criteria on
     * a DELETE by primary key, so a delete must never start from a bare id.
     */
    public void removeProcedure(long procedureId) {
        Procedure procedure = draftProcedure(procedureId);
        procedure.version().removeProcedure(procedure);
        tenancy.entityManager().flush();
    }

    /** Creates ({@code procedureId} null) or revises a procedure of the open draft. */
    public Procedure saveProcedure(Long procedureId, ProcedureDraft form) {
        requireAdmin();
        // a draft may be unfinished (budgets not adding up yet); what cannot even be stored is refused
        List<CatalogProblem> problems = CatalogValidation.check(form).stream()
                .filter(p -> UNSTORABLE.contains(p.kind()))
                .toList();
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        CatalogVersion draft = openDraft();
        String code = form.nationalCode() == null ? "" : form.nationalCode().trim();
        draft.procedures().stream()
                .filter(p -> !Objects.equals(p.id(), procedureId) && code.equals(p.nationalCode()))
                .findFirst()
                .ifPresent(other -> {
                    throw invalid(List.of(new CatalogProblem(CatalogProblem.Kind.CODE_DUPLICATE, form.name(), null,
                            "national code " + code + " is also used by \"" + other.name() + "\"", List.of(code, other.name()))));
                });
        if (procedureId == null) {
            Procedure created = draft.addProcedure(form);
            tenancy.entityManager().flush();
            return created;
        }
        Procedure procedure = draft.procedures().stream().filter(p -> p.id().equals(procedureId)).findFirst()
                .orElseThrow(() -> new NotFound("no procedure " + procedureId + " in the draft"));
        // EclipseLink inserts the new steps before it deletes the replaced ones, whose numbers would
        // then clash (uq_step_number): the old steps go first
        procedure.removeSteps();
        tenancy.entityManager().flush();
        procedure.revise(form);
        return procedure;
    }

    /**
     * Brings a file's catalog (read by {@link vn.motcua.catalog.exchange.CatalogFormat}) into the
     * caller's open draft, opening one if needed: see {@link DraftMerge}.
     */
    public ImportSummary importIntoDraft(CatalogVersion imported, boolean replaceAll) {
        requireAdmin();
        requireOwn(imported.tenantId());
        CatalogVersion draft = openDraft();
        return DraftMerge.into(draft, imported, replaceAll, () -> tenancy.entityManager().flush());
    }

    /** Validates and freezes the open draft under its decision. */
    public CatalogVersion publish(LegalBasis basis) {
        requireAdmin();
        CatalogVersion draft = currentDraft().orElseThrow(() -> new NotFound("there is no draft to publish"));
        return publish(draft, basis);
    }

    /**
     * Validates and freezes a draft of the caller's own tenant. The query alone would also find a
     * tenant above's drafts (catalog rows are readable from below): those are not found here.
     */
    public CatalogVersion publish(long versionId, LegalBasis basis) {
        requireAdmin();
        EntityManager em = tenancy.entityManager();
        CatalogVersion version = em.createQuery("select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", versionId)
                .getResultStream().findFirst()
                .filter(v -> v.tenantId().equals(tenancy.caller().tenantId()))
                .orElseThrow(() -> new NotFound("no catalog version " + versionId));
        if (version.isPublished()) {
            throw new Conflict("catalog version " + versionId + " is already published and never changes");
        }
        return publish(version, basis);
    }

    private CatalogVersion publish(CatalogVersion version, LegalBasis basis) {
        List<CatalogProblem> problems = CatalogValidation.check(version);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + " problem(s) prevent publishing: " + problems.get(0).message(), problems);
        }
        version.publish(basis, clock.instant());
        return version;
    }

    private Optional<CatalogVersion> latest(VersionStatus status) {
        return tenancy.entityManager().createQuery("""
                        select v from CatalogVersion v where v.tenantId = :tenant and v.status = :status
                        order by v.id desc""", CatalogVersion.class)
                .setParameter("tenant", tenancy.caller().tenantId())
                .setParameter("status", status)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private void requireOwn(String tenantId) {
        if (!tenancy.caller().belongsToTenant() || !tenancy.caller().tenantId().equals(tenantId)) {
            throw new AccessDenied("a catalog admin edits their own tenant's catalog only");
        }
    }

    private void requireAdmin() {
        if (!tenancy.caller().hasRole(Role.CATALOG_ADMIN)) {
            throw new AccessDenied("only a catalog admin edits the catalog");
        }
    }

    private static InvalidInput invalid(List<CatalogProblem> problems) {
        return new InvalidInput(problems);
    }
}
