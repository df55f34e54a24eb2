package vn.motcua.catalog.version;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.persistence.TenantOwned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tenant's catalog as one decision defines it (e.g. Quảng Trị 71/QĐ-UBND, effective January
 * 2024, replacing 4324, 2236 and 2179). Edited as a draft, then published with its legal basis;
 * from then on it never changes, and every dossier received under it keeps pointing at it.
 */
@Entity
@Table(name = "catalog_version")
@AdditionalCriteria("this.tenantId IN :" + Tenancy.CATALOG_TENANTS)
public class CatalogVersion extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "decision_number", length = 64)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** Decision numbers this one replaces, comma-separated as the decision lists them. */
    @Column(length = 1000)
    private String replaces;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who issues the decision ("UBND tỉnh Quảng Trị"). */
    @Column(length = 300)
    private String issuer;

    /** The year the decision is signed, known before its full date (a transcription gives only the year). */
    @Column(name = "decision_year")
    private Integer decisionYear;

    /** The online public service portal where citizens submit ("https://dichvucong.quangtri.gov.vn"). */
    @Column(name = "portal_url", length = 500)
    private String portalUrl;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Procedure> procedures = new ArrayList<>();

    @Version
    private long revision;

    protected CatalogVersion() {
    }

    public CatalogVersion(String tenantId, String title) {
        super(tenantId);
        this.title = title;
    }

    public Procedure addProcedure(String nationalCode, String name, String field, AdministrativeLevel handlingLevel,
                                  OnlineLevel onlineLevel, BigDecimal totalDays) {
        requireDraft();
        Procedure procedure = new Procedure(this, nationalCode, name, field, handlingLevel, onlineLevel, totalDays);
        procedures.add(procedure);
        return procedure;
    }

    public Procedure addProcedure(ProcedureDraft draft) {
        Procedure procedure = addProcedure(draft.nationalCode(), draft.name(), draft.field(), draft.handlingLevel(),
                draft.onlineLevel(), draft.totalDays());
        procedure.revise(draft);
        return procedure;
    }

    public void removeProcedure(Procedure procedure) {
        requireDraft();
        procedures.remove(procedure);
    }

    /** A new draft of the same tenant holding a copy of every procedure: how a published catalog is amended. */
    public CatalogVersion newDraft(String title) {
        CatalogVersion draft = new CatalogVersion(tenantId, title);
        draft.issuer = issuer;
        draft.portalUrl = portalUrl;
        procedures.forEach(p -> draft.addProcedure(p.toDraft()));
        return draft;
    }

    /**
     * What a draft knows of the decision it transcribes before it is published: its number, year
     * and the decisions it replaces (publishing states them for good), who issues it and the portal.
     */
    public void describe(String decisionNumber, Integer year, List<String> replaces, String issuer, String portalUrl) {
        requireDraft();
        this.decisionNumber = Text.trimToNull(decisionNumber);
        this.decisionYear = year;
        this.replaces = replaces == null || replaces.isEmpty() ? null : String.join(", ", replaces);
        this.issuer = Text.trimToNull(issuer);
        this.portalUrl = Text.trimToNull(portalUrl);
    }

    /** Freezes the version under its legal basis. Validation is the caller's job (see {@link CatalogValidation}). */
    public void publish(LegalBasis basis, Instant now) {
        requireDraft();
        this.decisionNumber = basis.decisionNumber();
        this.decisionDate = basis.decisionDate();
        if (basis.decisionDate() != null) {
            this.decisionYear = basis.decisionDate().getYear();
        }
        this.effectiveFrom = basis.effectiveFrom();
        this.replaces = String.join(", ", basis.replaces());
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = now;
    }

    void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("catalog version " + id + " is published and cannot change");
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public List<String> replaces() {
        return replaces == null || replaces.isBlank() ? List.of() : List.of(replaces.split(",\\s*"));
    }

    public VersionStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String issuer() {
        return issuer;
    }

    /** The year of the decision: of its date once published, as transcribed before. */
    public Integer decisionYear() {
        return decisionYear;
    }

    public String portalUrl() {
        return portalUrl;
    }

    public List<Procedure> procedures() {
        return Collections.unmodifiableList(procedures);
    }
}
