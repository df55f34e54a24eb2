package vn.motcua.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.motcua.tenants.Tenancy;
import vn.motcua.tenants.TenantOwned;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An administrative procedure (thủ tục hành chính) as one catalog version defines it. */
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
        steps.clear();
        draft.steps().forEach(s -> addStep(s.number(), blankToNull(s.parentNumber()), s.actorUnit(), s.actorRole(),
                s.content(), s.budgetDays(), s.level()));
    }

    /** Removes every step, ahead of {@link #revise} when the old rows must be deleted first. */
    public void removeSteps() {
        version.requireDraft();
        steps.clear();
    }

    /** This procedure as an editable draft. */
    public ProcedureDraft toDraft() {
        return new ProcedureDraft(nationalCode, name, field, handlingLevel, onlineLevel, totalDays(),
                steps.stream().map(s -> new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(),
                        s.content(), s.budgetDays(), s.level())).toList());
    }

    public StepDefinition addStep(String number, String parentNumber, String actorUnit, String actorRole,
                                  String content, BigDecimal budgetDays, AdministrativeLevel level) {
        version.requireDraft();
        StepDefinition step = new StepDefinition(this, steps.size(), number, parentNumber, actorUnit, actorRole,
                content, budgetDays, level);
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
}
