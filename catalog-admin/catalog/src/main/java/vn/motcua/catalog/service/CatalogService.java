package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.diff.CatalogDiff;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.catalog.exchange.SpreadsheetExport;
import vn.motcua.catalog.exchange.YamlExport;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayChoice;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.VersionRef;
import vn.motcua.catalog.version.VersionStatus;
import vn.motcua.catalog.version.VersionSummary;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog as the caller may see it. */
@ApplicationScoped
@Transactional
public class CatalogService {

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory directory;

    /**
     * The procedures of the caller's own tenant, in its latest version, by name; {@code search}
     * matches name, national code and field regardless of case and diacritics.
     */
    public List<Procedure> ownProcedures(String search, int offset, int limit) {
        return ownProcedures(ProcedureFilter.search(search), offset, limit);
    }

    public long countOwnProcedures(String search) {
        return countOwnProcedures(ProcedureFilter.search(search));
    }

    /** A page of the caller's own tenant's procedures in its latest version, by name, as {@code filter} narrows them. */
    public List<Procedure> ownProcedures(ProcedureFilter filter, int offset, int limit) {
        return ownProcedureQuery("select p", filter, Procedure.class, " order by p.name")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOwnProcedures(ProcedureFilter filter) {
        return ownProcedureQuery("select count(p)", filter, Long.class, "").getSingleResult();
    }

    /** One query for the page and one for the count, both bounded by tenant and version, whatever the filter. */
    private <T> TypedQuery<T> ownProcedureQuery(String select, ProcedureFilter filter, Class<T> type, String orderBy) {
        String tenant = tenancy.caller().tenantId();
        return procedureQuery(select, """
                        p.tenantId = :tenant
                        and p.version.id = (select max(v.id) from CatalogVersion v where v.tenantId = :tenant)""", filter, type, orderBy)
                .setParameter("tenant", tenant);
    }

    /**
     * A page of the procedures of version {@code versionId}, by name, as {@code filter} narrows
     * them. The caller picks a version it may adopt from (see {@link AdoptionService}); the data
     * layer's additional criteria still hide other provinces' rows.
     */
    List<Procedure> proceduresOf(long versionId, ProcedureFilter filter, int offset, int limit) {
        return procedureQuery("select p", "p.version.id = :version", filter, Procedure.class, " order by p.name, p.id")
                .setParameter("version", versionId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    long countProceduresOf(long versionId, ProcedureFilter filter) {
        return procedureQuery("select count(p)", "p.version.id = :version", filter, Long.class, "")
                .setParameter("version", versionId)
                .getSingleResult();
    }

    /** The national code and name of every procedure of version {@code versionId} that {@code filter} matches. */
    List<Object[]> codesAndNamesOf(long versionId, ProcedureFilter filter) {
        return procedureQuery("select p.nationalCode, p.name", "p.version.id = :version", filter, Object[].class, "")
                .setParameter("version", versionId)
                .getResultList();
    }

    /** The fields (lĩnh vực) of version {@code versionId}, alphabetically. */
    List<String> fieldsOf(long versionId) {
        return tenancy.entityManager().createQuery("""
                        select distinct p.field from Procedure p
                        where p.version.id = :version and p.field is not null order by p.field""", String.class)
                .setParameter("version", versionId)
                .getResultList();
    }

    /**
     * The query over the procedures {@code scope} selects (a JPQL condition on {@code p}) narrowed
     * by {@code filter}: the procedure grid's and the adoption screen's, so both search alike.
     */
    private <T> TypedQuery<T> procedureQuery(String select, String scope, ProcedureFilter filter, Class<T> type, String orderBy) {
        String folded = SearchText.fold(filter.search());
        List<String> covered = filter.serviceDayId() == null ? null : proceduresCoveredBy(filter.serviceDayId());
        StringBuilder where = new StringBuilder();
        if (!folded.isEmpty()) {
            where.append(" and p.searchText like :search");
        }
        if (filter.field() != null) {
            where.append(" and p.field = :field");
        }
        if (filter.handlingLevel() != null) {
            where.append(" and p.handlingLevel = :handlingLevel");
        }
        if (filter.onlineLevel() != null) {
            where.append(" and p.onlineLevel = :onlineLevel");
        }
        if (covered != null) {
            where.append(covered.isEmpty() ? " and 1 = 0" : " and p.name in :covered");
        }
        TypedQuery<T> query = tenancy.entityManager().createQuery(select + " from Procedure p where " + scope + where + orderBy, type);
        if (!folded.isEmpty()) {
            query.setParameter("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.field() != null) {
            query.setParameter("field", filter.field());
        }
        if (filter.handlingLevel() != null) {
            query.setParameter("handlingLevel", filter.handlingLevel());
        }
        if (filter.onlineLevel() != null) {
            query.setParameter("onlineLevel", filter.onlineLevel());
        }
        if (covered != null && !covered.isEmpty()) {
            query.setParameter("covered", covered);
        }
        return query;
    }

    /**
     * The names of the procedures a service day covers, as its plan lists them (Phường 5's
     * appendices name procedures, not codes). The one place the grid's service-day filter learns
     * what a day covers: adapt it here when days reference procedures otherwise. The database's
     * collation (utf8mb4_unicode_ci) compares the names regardless of case.
     *
     * @throws NotFound when the caller may not see the day
     */
    public List<String> proceduresCoveredBy(long serviceDayId) {
        ServiceDay day = tenancy.entityManager().createQuery("select d from ServiceDay d where d.id = :id", ServiceDay.class)
                .setParameter("id", serviceDayId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no service day " + serviceDayId));
        return day.procedures().stream().map(ServiceDay.Entry::procedureName).distinct().toList();
    }

    /** The service days of the caller's tenant and of those it supervises, to filter the grid by. */
    public List<ServiceDayChoice> serviceDaysInView() {
        Map<String, String> names = new HashMap<>();
        return tenancy.entityManager().createQuery("select d from ServiceDay d order by d.tenantId, d.weekday, d.name",
                        ServiceDay.class)
                .getResultList().stream()
                .map(d -> new ServiceDayChoice(d.id(), d.tenantId(),
                        names.computeIfAbsent(d.tenantId(), id -> directory.find(id).map(Tenant::name).orElse(id)),
                        d.name(), d.weekday()))
                .toList();
    }

    /** The fields (lĩnh vực) of the caller's own tenant's latest version, alphabetically. */
    public List<String> ownFields() {
        String tenant = tenancy.caller().tenantId();
        return tenancy.entityManager().createQuery("""
                        select distinct p.field from Procedure p
                        where p.tenantId = :tenant and p.field is not null
                          and p.version.id = (select max(v.id) from CatalogVersion v where v.tenantId = :tenant)
                        order by p.field""", String.class)
                .setParameter("tenant", tenant)
                .getResultList();
    }

    /**
     * A procedure the caller's admin may read: one of any version of its own tenant's catalog, draft
     * or published, or one of a published version of a tenant above it, whose catalog it adopts.
     * Reading changes nothing: editing goes through {@link PublishingService#draftProcedureFor}.
     *
     * @throws NotFound for any other procedure
     */
    public Procedure procedure(long id) {
        String caller = tenancy.caller().tenantId();
        Procedure procedure = tenancy.entityManager().createQuery("select p from Procedure p where p.id = :id", Procedure.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no procedure " + id));
        boolean own = procedure.tenantId().equals(caller);
        boolean above = procedure.version().isPublished()
                && directory.ancestorsOf(caller).stream().anyMatch(t -> t.id().equals(procedure.tenantId()));
        if (!own && !above) {
            throw new NotFound("no procedure " + id);
        }
        // read inside the transaction: the screen shows every part of it
        procedure.steps().forEach(s -> s.outcomes().size());
        procedure.documents().size();
        procedure.fees().size();
        return procedure;
    }

    /** The caller's tenant's latest version, draft or published: what its grid shows. */
    public Optional<VersionSummary> ownLatestVersion() {
        return ownVersions().stream().findFirst();
    }

    /**
     * Writes one of the caller's tenant's versions (a draft or a published one) as a file, inside
     * the transaction so every procedure, step, document and fee is read.
     *
     * @throws NotFound when the version is not the caller's tenant's
     */
    public void export(long versionId, CatalogFormat format, OutputStream out) throws IOException {
        format.write(ownVersion(versionId), out);
    }

    /** The caller's tenant's versions, newest first, with how many procedures each holds. */
    public List<VersionSummary> ownVersions() {
        return tenancy.entityManager().createQuery("""
                        select new vn.motcua.catalog.version.VersionSummary(v.id, v.title, v.decisionNumber, v.effectiveFrom,
                               v.status, v.publishedAt, size(v.procedures))
                        from CatalogVersion v where v.tenantId = :tenant order by v.id desc""", VersionSummary.class)
                .setParameter("tenant", tenancy.caller().tenantId())
                .getResultList();
    }

    /** What changed from version {@code olderId} to version {@code newerId} of the caller's tenant. */
    public CatalogDiff diff(long olderId, long newerId) {
        return CatalogDiff.between(ownVersion(olderId), ownVersion(newerId));
    }

    private CatalogVersion ownVersion(long id) {
        return tenancy.entityManager().createQuery(
                        "select v from CatalogVersion v where v.id = :id and v.tenantId = :tenant", CatalogVersion.class)
                .setParameter("id", id)
                .setParameter("tenant", tenancy.caller().tenantId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no catalog version " + id));
    }

    /**
     * A version the caller may read: one of their own tenant's (or, for supervising roles, of a
     * tenant below), or a published version of a tenant above, whose catalog they adopt. Another
     * tenant's draft, a sibling's or another province's version is not found.
     */
    public CatalogVersion version(long id) {
        CatalogVersion version = tenancy.entityManager().createQuery(
                        "select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no catalog version " + id));
        // the data layer already limits the query to readable and ancestor tenants (CATALOG_TENANTS)
        if (!tenancy.scope().canRead(version.tenantId()) && !version.isPublished()) {
            throw new NotFound("no catalog version " + id);
        }
        return version;
    }

    /** A readable version as YAML in the layout of the reference transcriptions. */
    public byte[] exportYaml(long id) {
        return export(id, out -> YamlExport.write(version(id), out));
    }

    /** A readable version as a workbook in the layout of a decision's appendix. */
    public byte[] exportSpreadsheet(long id) {
        return export(id, out -> SpreadsheetExport.write(version(id), out));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] export(long id, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("exporting catalog version " + id, e);
        }
        return out.toByteArray();
    }

    /** The caller's tenant's most recently published version. */
    public Optional<CatalogVersion> ownLatestPublished() {
        return tenancy.entityManager().createQuery("""
                        select v from CatalogVersion v where v.tenantId = :tenant and v.status = :published
                        order by v.id desc""", CatalogVersion.class)
                .setParameter("tenant", tenancy.caller().tenantId())
                .setParameter("published", VersionStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The published version that governs the caller's tenant at {@code at}: its own, or else the
     * nearest ancestor's (a province's catalog applies to its districts and communes).
     */
    public Optional<CatalogVersion> versionInEffect(Instant at) {
        return versionRefInEffect(at).map(ref -> tenancy.entityManager()
                .createQuery("select v from CatalogVersion v where v.id = :id", CatalogVersion.class)
                .setParameter("id", ref.id())
                .getSingleResult());
    }

    /**
     * As {@link #versionInEffect} but only the version's id and tenant, in one query over the
     * tenant's chain of ancestors: what a cache of anything computed from the version keys on.
     * Nearest tenant first; within a tenant the latest effective date, then the latest version.
     */
    public Optional<VersionRef> versionRefInEffect(Instant at) {
        String caller = tenancy.caller().tenantId();
        List<String> nearestFirst = new ArrayList<>(directory.ancestorsOf(caller).stream().map(Tenant::id).toList());
        nearestFirst.add(caller);
        Collections.reverse(nearestFirst);
        List<Object[]> published = tenancy.entityManager().createQuery("""
                        select v.id, v.tenantId from CatalogVersion v
                        where v.tenantId in :chain and v.status = :published and v.effectiveFrom <= :day
                        order by v.effectiveFrom desc, v.id desc""", Object[].class)
                .setParameter("chain", nearestFirst)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("day", LocalDate.ofInstant(at, Vietnam.ZONE))
                .getResultList();
        for (String tenant : nearestFirst) {
            for (Object[] row : published) {
                if (tenant.equals(row[1])) {
                    return Optional.of(new VersionRef(((Number) row[0]).longValue(), tenant));
                }
            }
        }
        return Optional.empty();
    }

    public List<Procedure> proceduresInEffect(Instant at) {
        return versionInEffect(at).map(CatalogVersion::procedures).orElse(List.of());
    }

    /** A procedure the caller's tenant may receive dossiers for at {@code at}. */
    public Procedure procedureInEffect(long procedureId, Instant at) {
        return proceduresInEffect(at).stream()
                .filter(p -> p.id() == procedureId)
                .findFirst()
                .orElseThrow(() -> new NotFound("no procedure " + procedureId + " in effect for this tenant"));
    }

    public List<ServiceDay> serviceDays() {
        return tenancy.entityManager().createQuery(
                        "select d from ServiceDay d where d.tenantId = :tenant order by d.weekday", ServiceDay.class)
                .setParameter("tenant", tenancy.caller().tenantId())
                .getResultList();
    }
}
