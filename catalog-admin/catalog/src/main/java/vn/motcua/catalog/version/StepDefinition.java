package vn.motcua.catalog.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.persistence.TenantOwned;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step or sub-step of a procedure as the decision lists it ("4.2 — Chuyên viên Phòng
 * LĐTBXH huyện — appraise — 5 days"). Sub-steps carry their parent's number. A step with no
 * budget is not counted in the processing time (the citizen submitting or collecting). Its
 * {@link #level()} is the level of government that does it: a district step of a commune
 * procedure is done by the commune's parent tenant (71/QĐ-UBND, steps 4–5 of the monthly allowance).
 * A {@link StepKind#POSTING} step posts publicly for {@link #postingDays()}; the
 * {@link #outcomes()} are the branches the person doing the step chooses from.
 */
@Entity
@Table(name = "step_definition")
@AdditionalCriteria("this.tenantId IN :" + Tenancy.CATALOG_TENANTS)
public class StepDefinition extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Lazy: eager, every step read in a batch re-read its procedure and that procedure's steps
    // one by one (bench/: 4,004 statements for one effective catalog, 12 with this).
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(name = "parent_number", length = 16)
    private String parentNumber;

    @Column(name = "actor_unit", length = 500)
    private String actorUnit;

    @Column(name = "actor_role", length = 32)
    private String actorRole;

    @Column(length = 2000)
    private String content;

    @Column(name = "budget_quarters")
    private Integer budgetQuarters;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private AdministrativeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepKind kind = StepKind.TASK;

    /** How long a posting step posts, in quarter days; null for a task. */
    @Column(name = "posting_quarters")
    private Integer postingQuarters;

    /** See {@link StepOutcomes} for the layout. */
    @Column(length = 2000)
    private String outcomes;

    /** {@link #outcomes} decoded once: a step never changes after it is made (a revision makes new steps). */
    @Transient
    private List<StepOutcome> decodedOutcomes;

    protected StepDefinition() {
    }

    StepDefinition(Procedure procedure, int position, ProcedureDraft.Step step) {
        this(procedure, position, step.number(), step.parentNumber(), step.actorUnit(), step.actorRole(), step.content(),
                step.budgetDays(), step.level());
        this.kind = step.kind();
        this.postingQuarters = step.isPosting() && step.postingDays() != null ? Budget.quartersOf(step.postingDays()) : null;
        this.outcomes = StepOutcomes.encode(step.outcomes());
    }

    StepDefinition(Procedure procedure, int position, String number, String parentNumber, String actorUnit,
                   String actorRole, String content, BigDecimal budgetDays, AdministrativeLevel level) {
        super(procedure.tenantId());
        this.procedure = procedure;
        this.position = position;
        this.number = number;
        this.parentNumber = parentNumber;
        this.actorUnit = actorUnit;
        this.actorRole = actorRole;
        this.content = content;
        this.budgetQuarters = budgetDays == null ? null : Budget.quartersOf(budgetDays);
        this.level = level;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String number() {
        return number;
    }

    public String parentNumber() {
        return parentNumber;
    }

    public boolean isSubStep() {
        return parentNumber != null;
    }

    public String actorUnit() {
        return actorUnit;
    }

    public String actorRole() {
        return actorRole;
    }

    public String content() {
        return content;
    }

    public boolean isCounted() {
        return budgetQuarters != null;
    }

    /** Working days, or null when the step is not counted. */
    public BigDecimal budgetDays() {
        return budgetQuarters == null ? null : Budget.daysOf(budgetQuarters);
    }

    public int budgetQuarters() {
        return budgetQuarters == null ? 0 : budgetQuarters;
    }

    public AdministrativeLevel level() {
        return level;
    }

    public boolean isDoneByCitizen() {
        return Role.CITIZEN.equals(actorRole);
    }

    public StepKind kind() {
        return kind;
    }

    public boolean isPosting() {
        return kind == StepKind.POSTING;
    }

    /** Working days a posting step posts for; null for a task, or for a posting not yet given one. */
    public BigDecimal postingDays() {
        return postingQuarters == null ? null : Budget.daysOf(postingQuarters);
    }

    /** Quarter days a posting step posts for, 0 when none. */
    public int postingQuarters() {
        return postingQuarters == null ? 0 : postingQuarters;
    }

    /** The branches the step can end in, in the decision's order; empty: it proceeds to the next step. */
    public List<StepOutcome> outcomes() {
        if (decodedOutcomes == null) {
            decodedOutcomes = StepOutcomes.decode(outcomes);
        }
        return decodedOutcomes;
    }

    /** This step as an editable draft step. */
    public ProcedureDraft.Step toDraft() {
        return new ProcedureDraft.Step(number, parentNumber, actorUnit, actorRole, content, budgetDays(), level, kind,
                postingDays(), outcomes());
    }
}
