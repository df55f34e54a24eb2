package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.diff.CatalogDiff;
import vn.motcua.tenants.NotFound;
import vn.motcua.tenants.Tenancy;
import vn.motcua.tenants.Tenant;
import vn.motcua.tenants.TenantDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads the catalog as the caller may see it. */
@ApplicationScoped
@Transactional
public class CatalogService {

    /** Decisions take effect on calendar days in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory directory;

    /**
     * The procedures of the caller's own tenant, in its latest version, by name; {@code search}
     * matches name, national code and field regardless of case and diacritics.
     */
    public List<Procedure> ownProcedures(String search, int offset, int limit) {
        return ownProcedureQuery("select p", search, Procedure.class, " order by p.name")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOwnProcedures(String search) {
        return ownProcedureQuery("select count(p)", search, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> ownProcedureQuery(String select, String search, Class<T> type, String orderBy) {
        String tenant = tenancy.caller().tenantId();
        String folded = SearchText.fold(search);
        TypedQuery<T> query = tenancy.entityManager().createQuery(select + """
                         from Procedure p
                        where p.tenantId = :tenant
                          and p.version.id = (select max(v.id) from CatalogVersion v where v.tenantId = :tenant)"""
                        + (folded.isEmpty() ? "" : " and p.searchText like :search") + orderBy, type)
                .setParameter("tenant", tenant);
        if (!folded.isEmpty()) {
            query.setParameter("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    /** The caller's tenant's versions, newest first, with how many procedures each holds. */
    public List<VersionSummary> ownVersions() {
        return tenancy.entityManager().createQuery("""
                        select new vn.motcua.catalog.VersionSummary(v.id, v.title, v.decisionNumber, v.effectiveFrom,
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
        return export(id, out -> vn.motcua.catalog.exchange.YamlExport.write(version(id), out));
    }

    /** A readable version as a workbook in the layout of a decision's appendix. */
    public byte[] exportSpreadsheet(long id) {
        return export(id, out -> vn.motcua.catalog.exchange.SpreadsheetExport.write(version(id), out));
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static byte[] export(long id, Writer writer) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("exporting catalog version " + id, e);
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
        EntityManager em = tenancy.entityManager();
        LocalDate day = LocalDate.ofInstant(at, VIETNAM);
        List<String> nearestFirst = new ArrayList<>(directory.ancestorsOf(tenancy.caller().tenantId()).stream().map(Tenant::id).toList());
        nearestFirst.add(tenancy.caller().tenantId());
        Collections.reverse(nearestFirst);
        for (String tenant : nearestFirst) {
            List<CatalogVersion> found = em.createQuery("""
                            select v from CatalogVersion v
                            where v.tenantId = :tenant and v.status = :published and v.effectiveFrom <= :day
                            order by v.effectiveFrom desc, v.id desc""", CatalogVersion.class)
                    .setParameter("tenant", tenant)
                    .setParameter("published", VersionStatus.PUBLISHED)
                    .setParameter("day", day)
                    .setMaxResults(1)
                    .getResultList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
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
