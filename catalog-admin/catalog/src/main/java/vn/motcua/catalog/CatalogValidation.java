package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a catalog version must satisfy before it is published: budgets add up (sub-steps to
 * their step, steps to the procedure's total), every counted step has an actor, and national
 * codes are unique within the version.
 */
public final class CatalogValidation {

    private CatalogValidation() {
    }

    public static List<CatalogProblem> check(CatalogVersion version) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        for (Procedure p : version.procedures()) {
            if (p.nationalCode() != null && !p.nationalCode().isBlank()) {
                String first = codes.putIfAbsent(p.nationalCode(), p.name());
                if (first != null) {
                    problems.add(new CatalogProblem(p.name(), null, "nationalCode",
                            "national code " + p.nationalCode() + " is also used by \"" + first + "\""));
                }
            }
            problems.addAll(check(p));
        }
        return problems;
    }

    public static List<CatalogProblem> check(Procedure p) {
        List<CatalogProblem> problems = new ArrayList<>();
        int topLevel = 0;
        for (StepDefinition step : p.steps()) {
            if (step.isSubStep()) {
                continue;
            }
            topLevel += step.budgetQuarters();
            List<StepDefinition> subs = p.steps().stream().filter(s -> step.number().equals(s.parentNumber())).toList();
            if (!subs.isEmpty()) {
                int sum = subs.stream().mapToInt(StepDefinition::budgetQuarters).sum();
                if (sum != step.budgetQuarters()) {
                    problems.add(new CatalogProblem(p.name(), step.number(), "budget",
                            "sub-steps of step " + step.number() + " add up to " + Budget.daysOf(sum).toPlainString()
                                    + " days, the step has " + Budget.daysOf(step.budgetQuarters()).toPlainString()));
                }
            }
        }
        if (topLevel != p.totalQuarters()) {
            problems.add(new CatalogProblem(p.name(), null, "totalDays",
                    "steps add up to " + Budget.daysOf(topLevel).toPlainString() + " working days, the procedure has "
                            + p.totalDays().toPlainString()));
        }
        for (StepDefinition step : p.executableSteps()) {
            if (step.isCounted() && (step.actorRole() == null || step.actorUnit() == null || step.actorUnit().isBlank())) {
                problems.add(new CatalogProblem(p.name(), step.number(), "actor", "step " + step.number() + " has no actor"));
            }
        }
        return problems;
    }
}
