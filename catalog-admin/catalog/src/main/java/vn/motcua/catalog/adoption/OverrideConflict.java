package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;

import java.util.Objects;

/**
 * An override the province's version no longer leaves room for — typically because the province
 * published a correction after the adopter set it (shortened the budget below it, removed the
 * step or the procedure). It is not applied, the province's values stand, and the local admin is
 * shown it to withdraw or redo.
 */
public record OverrideConflict(StepOverride override, AdoptionProblem.Kind reason, String message) {

    public OverrideConflict {
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    static OverrideConflict of(StepOverride override, AdoptionProblem problem) {
        return new OverrideConflict(override, problem.kind(), problem.message());
    }

    public ProcedureKey procedure() {
        return override.procedure();
    }

    public String step() {
        return override.step();
    }
}
