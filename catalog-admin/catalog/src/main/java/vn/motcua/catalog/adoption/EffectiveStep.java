package vn.motcua.catalog.adoption;

import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.access.Role;

import java.math.BigDecimal;
import java.util.List;

/**
 * A step as an adopter runs it: the province's step with the adopter's override applied, or, for
 * a step split into sub-steps, with its budget summed from theirs.
 *
 * @param budgetQuarters  null when the step is not counted in the processing time
 * @param overridden      whether an override of the adopter's applies to this very step
 * @param postingQuarters how long a posting step posts, null for a task (the province's: not overridable)
 * @param outcomes        the branches the step ends in, the province's
 */
public record EffectiveStep(String number, String parentNumber, String actorUnit, String actorRole, String content,
                            Integer budgetQuarters, AdministrativeLevel level, boolean overridden, StepKind kind,
                            Integer postingQuarters, List<StepOutcome> outcomes) {

    public EffectiveStep {
        kind = kind == null ? StepKind.TASK : kind;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A task step without outcomes. */
    public EffectiveStep(String number, String parentNumber, String actorUnit, String actorRole, String content,
                         Integer budgetQuarters, AdministrativeLevel level, boolean overridden) {
        this(number, parentNumber, actorUnit, actorRole, content, budgetQuarters, level, overridden, StepKind.TASK, null,
                List.of());
    }

    /** The same step with another budget (a parent summed from its sub-steps' effective budgets). */
    public EffectiveStep withBudget(Integer quarters) {
        return new EffectiveStep(number, parentNumber, actorUnit, actorRole, content, quarters, level, overridden, kind,
                postingQuarters, outcomes);
    }

    public boolean isPosting() {
        return kind == StepKind.POSTING;
    }

    /** Working days a posting step posts for, or null. */
    public BigDecimal postingDays() {
        return postingQuarters == null ? null : Budget.daysOf(postingQuarters);
    }

    public boolean isSubStep() {
        return parentNumber != null;
    }

    public boolean isCounted() {
        return budgetQuarters != null;
    }

    /** Working days, or null when the step is not counted. */
    public BigDecimal budgetDays() {
        return budgetQuarters == null ? null : Budget.daysOf(budgetQuarters);
    }

    public boolean isDoneByCitizen() {
        return Role.CITIZEN.equals(actorRole);
    }
}
