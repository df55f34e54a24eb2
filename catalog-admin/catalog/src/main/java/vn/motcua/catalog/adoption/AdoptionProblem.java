package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.tenants.problem.BrokenRule;

import java.util.List;
import java.util.Objects;

/**
 * Why an adoption does not fit a province version, pinned to the procedure and step (null when
 * not about a step) so the local admin's screen can show it in place; {@code kind} selects the
 * translated text, {@code args} fill it (the province's budget of the step, in days, for
 * {@link Kind#BUDGET_NOT_SHORTER}), {@code message} is the English one for the API and logs.
 */
public record AdoptionProblem(Kind kind, ProcedureKey procedure, String step, String message, List<Object> args) implements BrokenRule {

    public AdoptionProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    public AdoptionProblem(Kind kind, ProcedureKey procedure, String step, String message) {
        this(kind, procedure, step, message, List.of());
    }

    /** The procedure as the request names it (its national code, else its name), and the step: "1.004946 step 3". */
    @Override
    public String field() {
        return procedure + (step == null ? "" : " step " + step);
    }

    @Override
    public String messageKey() {
        return "adoption.problem." + kind.name();
    }


    public enum Kind {
        /** The province's version has no such procedure (any more). */
        PROCEDURE_MISSING,
        /** The procedure has no step of that number (any more). */
        STEP_MISSING,
        /** The step is the citizen's own (submitting, collecting): nobody at a desk does it. */
        CITIZEN_STEP,
        /** The step is split into sub-steps, which are what is done and what is budgeted. */
        STEP_HAS_SUBSTEPS,
        /** The step is not counted in the processing time, so there is no budget to shorten. */
        STEP_NOT_COUNTED,
        /** The override's budget is not shorter than the province's: adopters never loosen it. */
        BUDGET_NOT_SHORTER,
        /** The step is a public posting that lasts longer than the override's budget. */
        BUDGET_SHORTER_THAN_POSTING
    }
}
