package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.tenants.access.Role;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an adopting district or commune sets locally on one step of a province procedure: who does
 * it (its own unit, a role) and a shorter budget. A null component keeps the province's value.
 * Only overrides on steps staff execute make sense, and a budget may only shorten: whether an
 * override fits depends on the province's version, so it is checked against a procedure
 * ({@link #requireFits}) or a whole version ({@link Adoption#validateAgainst}), not here.
 *
 * @param budgetQuarters the shorter budget in quarter days, or null
 */
public record StepOverride(ProcedureKey procedure, String step, String actorUnit, String actorRole, Integer budgetQuarters) {

    public StepOverride {
        Objects.requireNonNull(procedure, "procedure");
        if (step == null || step.isBlank()) {
            throw new IllegalArgumentException("an override names the step it changes");
        }
        step = step.trim();
        actorUnit = actorUnit == null || actorUnit.isBlank() ? null : actorUnit.trim();
        actorRole = actorRole == null || actorRole.isBlank() ? null : actorRole.trim();
        if (actorRole != null && !Role.STAFF.contains(actorRole)) {
            throw new IllegalArgumentException("step " + step + " of " + procedure + ": a step is done by one of "
                    + Role.STAFF + ", not " + actorRole);
        }
        if (budgetQuarters != null && budgetQuarters < 0) {
            throw new IllegalArgumentException("step " + step + " of " + procedure + ": a budget cannot be negative");
        }
        if (actorUnit == null && actorRole == null && budgetQuarters == null) {
            throw new IllegalArgumentException("step " + step + " of " + procedure
                    + ": an override sets the actor unit, the actor role or a shorter budget");
        }
    }

    public static StepOverride actor(ProcedureKey procedure, String step, String actorUnit, String actorRole) {
        return new StepOverride(procedure, step, actorUnit, actorRole, null);
    }

    public static StepOverride budget(ProcedureKey procedure, String step, BigDecimal workingDays) {
        return new StepOverride(procedure, step, null, null, Budget.quartersOf(workingDays));
    }

    public StepOverride withActor(String unit, String role) {
        return new StepOverride(procedure, step, unit, role, budgetQuarters);
    }

    public StepOverride withBudget(BigDecimal workingDays) {
        return new StepOverride(procedure, step, actorUnit, actorRole, Budget.quartersOf(workingDays));
    }

    /** The shorter budget in working days, or null. */
    public BigDecimal budgetDays() {
        return budgetQuarters == null ? null : Budget.daysOf(budgetQuarters);
    }

    /**
     * This override, if it fits {@code provinceProcedure}: the step exists and is executed by
     * staff, and a budget is shorter than the province's.
     *
     * @throws IllegalArgumentException naming the procedure and the step, otherwise
     */
    public StepOverride requireFits(Procedure provinceProcedure) {
        if (!ProcedureKey.of(provinceProcedure).equals(procedure)) {
            throw new IllegalArgumentException("an override of " + procedure + " cannot be checked against "
                    + ProcedureKey.of(provinceProcedure));
        }
        OverrideFit.check(this, provinceProcedure).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
        return this;
    }
}
