package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.StepDefinition;

import java.util.List;
import java.util.Optional;

/**
 * The rule of what an adopter may override on a province step, in one place for validating an
 * adoption and for computing the effective catalog, so the two never disagree.
 */
final class OverrideFit {

    private OverrideFit() {
    }

    static Optional<AdoptionProblem> check(StepOverride override, Procedure procedure) {
        Optional<StepDefinition> found = procedure.steps().stream().filter(s -> s.number().equals(override.step())).findFirst();
        if (found.isEmpty()) {
            return problem(AdoptionProblem.Kind.STEP_MISSING, override, procedure, "there is no such step in the province's procedure");
        }
        StepDefinition step = found.get();
        if (step.isDoneByCitizen()) {
            return problem(AdoptionProblem.Kind.CITIZEN_STEP, override, procedure, "the citizen does this step, nobody at a desk");
        }
        if (procedure.steps().stream().anyMatch(s -> step.number().equals(s.parentNumber()))) {
            return problem(AdoptionProblem.Kind.STEP_HAS_SUBSTEPS, override, procedure,
                    "the step is done in sub-steps; override those instead");
        }
        if (override.budgetQuarters() != null) {
            if (!step.isCounted()) {
                return problem(AdoptionProblem.Kind.STEP_NOT_COUNTED, override, procedure,
                        "the step has no budget to shorten");
            }
            if (override.budgetQuarters() >= step.budgetQuarters()) {
                return Optional.of(new AdoptionProblem(AdoptionProblem.Kind.BUDGET_NOT_SHORTER, override.procedure(), override.step(),
                        "procedure \"" + procedure.name() + "\", step " + override.step() + ": a budget of "
                                + days(override.budgetQuarters()) + " working days is not shorter than the province's "
                                + days(step.budgetQuarters()) + "; an adopter may only shorten it",
                        List.of(Budget.daysOf(step.budgetQuarters()))));
            }
            if (step.isPosting() && override.budgetQuarters() < step.postingQuarters()) {
                return problem(AdoptionProblem.Kind.BUDGET_SHORTER_THAN_POSTING, override, procedure,
                        "the step posts publicly for " + days(step.postingQuarters()) + " working days, longer than "
                                + days(override.budgetQuarters()));
            }
        }
        return Optional.empty();
    }

    static AdoptionProblem procedureMissing(ProcedureKey key, String step, String versionTitle) {
        return new AdoptionProblem(AdoptionProblem.Kind.PROCEDURE_MISSING, key, step,
                "procedure " + key + (step == null ? "" : ", step " + step) + ": the procedure is not in " + versionTitle);
    }

    private static Optional<AdoptionProblem> problem(AdoptionProblem.Kind kind, StepOverride override, Procedure procedure, String why) {
        return Optional.of(new AdoptionProblem(kind, override.procedure(), override.step(),
                "procedure \"" + procedure.name() + "\", step " + override.step() + ": " + why));
    }

    private static String days(int quarters) {
        return Budget.daysOf(quarters).toPlainString();
    }
}
