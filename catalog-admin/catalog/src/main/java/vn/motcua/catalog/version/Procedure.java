package vn.motcua.catalog.version;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.persistence.TenantOwned;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An administrative procedure (thủ tục hành chính) as one catalog version defines it: what a
 * decision's appendix and the national database say about it — code, name, field, the level that
 * handles it, its online level, how a dossier is submitted and the result delivered, how the
 * citizen is notified, the dossier's documents, the fees, the legal basis, the total working days
 * — and its ordered steps.
 */
@Entity
@Table(name = "procedure_def")
@AdditionalCriteria("this.tenantId IN :" + Tenancy.CATALOG_TENANTS)
public class Procedure extends TenantOwned {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private CatalogVersion version;

    @Column(name = "national_code", length = 40)
    private String nationalCode;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 200)
    private String field;

    /** Name, code and field folded by {@link SearchText}, for diacritic-blind search. */
    @Column(name = "search_text", nullable = false, length = 800)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_level", length = 16)
    private AdministrativeLevel handlingLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 16)
    private OnlineLevel onlineLevel;

    @Column(name = "total_quarters", nullable = false)
    private int totalQuarters;

    // Steps go wherever a procedure goes (grid, API, engine); fetched for a page at once.
    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<StepDefinition> steps = new ArrayList<>();

    /** {@link Channel}s, see {@link Channels}; null when the decision does not say. */
    @Column(name = "submission_channels", length = 64)
    private String submissionChannels;

    @Column(name = "result_channels", length = 64)
    private String resultChannels;

    @Column(name = "notification_channels", length = 64)
    private String notificationChannels;

    @Column(name = "legal_basis", length = 4000)
    private String legalBasis;

    // Lazy: the grid never shows them. Read for every procedure the first query read, in one statement
    // that repeats its criteria (EXISTS): IN sent one per 500 procedures, 8 for a version (bench/). EXISTS
    // would ignore a page's limit, which is why the steps, shown by the grid, stay IN.
    @ElementCollection
    @CollectionTable(name = "procedure_document", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.EXISTS)
    private List<DocumentRow> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_fee", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.EXISTS)
    private List<FeeRow> fees = new ArrayList<>();

    protected Procedure() {
    }

    Procedure(CatalogVersion version, String nationalCode, String name, String field,
              AdministrativeLevel handlingLevel, OnlineLevel onlineLevel, BigDecimal totalDays) {
        super(version.tenantId());
        this.version = version;
        this.nationalCode = nationalCode;
        this.name = Objects.requireNonNull(name, "name");
        this.field = field;
        this.handlingLevel = handlingLevel;
        this.onlineLevel = Objects.requireNonNull(onlineLevel, "onlineLevel");
        this.totalQuarters = Budget.quartersOf(totalDays);
        this.searchText = searchTextOf(name, nationalCode, field);
    }

    /** Replaces the procedure's own attributes and all its steps with those of {@code draft}. */
    public void revise(ProcedureDraft draft) {
        version.requireDraft();
        this.nationalCode = blankToNull(draft.nationalCode());
        this.name = Objects.requireNonNull(draft.name(), "name");
        this.field = blankToNull(draft.field());
        this.handlingLevel = draft.handlingLevel();
        this.onlineLevel = Objects.requireNonNull(draft.onlineLevel(), "onlineLevel");
        this.totalQuarters = Budget.quartersOf(draft.totalDays());
        this.searchText = searchTextOf(name, nationalCode, field);
        this.submissionChannels = Channels.encode(draft.submissionChannels());
        this.resultChannels = Channels.encode(draft.resultChannels());
        this.notificationChannels = Channels.encode(draft.notificationChannels());
        this.legalBasis = blankToNull(draft.legalBasis());
        documents.clear();
        draft.documents().forEach(d -> documents.add(new DocumentRow(d)));
        fees.clear();
        draft.fees().forEach(f -> fees.add(new FeeRow(f)));
        steps.clear();
        draft.steps().forEach(this::addStep);
    }

    /** Removes every step, ahead of {@link #revise} when the old rows must be deleted first. */
    public void removeSteps() {
        version.requireDraft();
        steps.clear();
    }

    /** This procedure as an editable draft. */
    public ProcedureDraft toDraft() {
        return new ProcedureDraft(nationalCode, name, field, handlingLevel, onlineLevel, totalDays(),
                steps.stream().map(StepDefinition::toDraft).toList(), submissionChannels(), resultChannels(),
                notificationChannels(), documents(), fees(), legalBasis);
    }

    /** Appends a plain task step with no outcomes. */
    public StepDefinition addStep(String number, String parentNumber, String actorUnit, String actorRole,
                                  String content, BigDecimal budgetDays, AdministrativeLevel level) {
        return addStep(new ProcedureDraft.Step(number, parentNumber, actorUnit, actorRole, content, budgetDays, level));
    }

    public StepDefinition addStep(ProcedureDraft.Step draft) {
        version.requireDraft();
        ProcedureDraft.Step normalized = new ProcedureDraft.Step(draft.number(), blankToNull(draft.parentNumber()),
                draft.actorUnit(), draft.actorRole(), draft.content(), draft.budgetDays(), draft.level(), draft.kind(),
                draft.postingDays(), draft.outcomes());
        StepDefinition step = new StepDefinition(this, steps.size(), normalized);
        steps.add(step);
        return step;
    }

    /**
     * The steps staff execute one after another: sub-steps stand in for their parent, and the
     * citizen's own steps (submitting, collecting) are not executed by anyone at the desk.
     */
    public List<StepDefinition> executableSteps() {
        Set<String> parents = steps.stream()
                .filter(StepDefinition::isSubStep)
                .map(StepDefinition::parentNumber)
                .collect(Collectors.toSet());
        return steps.stream()
                .filter(s -> !parents.contains(s.number()))
                .filter(s -> !s.isDoneByCitizen())
                .toList();
    }

    private static String searchTextOf(String name, String nationalCode, String field) {
        return SearchText.fold(String.join(" ", name, nationalCode == null ? "" : nationalCode, field == null ? "" : field));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long id() {
        return id;
    }

    public CatalogVersion version() {
        return version;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public AdministrativeLevel handlingLevel() {
        return handlingLevel;
    }

    public OnlineLevel onlineLevel() {
        return onlineLevel;
    }

    public BigDecimal totalDays() {
        return Budget.daysOf(totalQuarters);
    }

    public int totalQuarters() {
        return totalQuarters;
    }

    public List<StepDefinition> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Empty when the decision does not say. */
    public Set<Channel> submissionChannels() {
        return Channels.decode(submissionChannels, Channel.class);
    }

    public Set<Channel> resultChannels() {
        return Channels.decode(resultChannels, Channel.class);
    }

    public Set<NotificationChannel> notificationChannels() {
        return Channels.decode(notificationChannels, NotificationChannel.class);
    }

    public List<RequiredDocument> documents() {
        return documents.stream().map(DocumentRow::toDocument).toList();
    }

    public List<Fee> fees() {
        return fees.stream().map(FeeRow::toFee).toList();
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** A {@link RequiredDocument} as its table holds it. */
    @Embeddable
    public static class DocumentRow {
        @Column(nullable = false, length = 1000)
        private String name;
        @Column(length = 500)
        private String form;
        @Column(nullable = false)
        private int originals;
        @Column(nullable = false)
        private int copies;
        @Column(length = 1000)
        private String note;

        protected DocumentRow() {
        }

        DocumentRow(RequiredDocument d) {
            // a draft may hold a nameless line the admin has not filled in yet; validation reports it
            this.name = d.name() == null ? "" : d.name();
            this.form = d.form();
            this.originals = d.originals();
            this.copies = d.copies();
            this.note = d.note();
        }

        RequiredDocument toDocument() {
            return new RequiredDocument(name, form, originals, copies, note);
        }
    }

    /** A {@link Fee} as its table holds it: whole đồng. */
    @Embeddable
    public static class FeeRow {
        @Column(nullable = false, length = 500)
        private String description;
        @Column(name = "amount_vnd", nullable = false)
        private long amountVnd;
        @Column(name = "legal_basis", length = 500)
        private String legalBasis;

        protected FeeRow() {
        }

        FeeRow(Fee f) {
            this.description = f.description() == null ? "" : f.description();
            this.amountVnd = f.amountVnd() == null ? 0 : f.amountVnd().longValueExact();
            this.legalBasis = f.legalBasis();
        }

        Fee toFee() {
            return new Fee(description, BigDecimal.valueOf(amountVnd), legalBasis);
        }
    }
}
