package vn.motcua.catalog;

import vn.motcua.catalog.CatalogProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                    problems.add(new CatalogProblem(Kind.CODE_DUPLICATE, p.name(), null,
                            "national code " + p.nationalCode() + " is also used by \"" + first + "\"", List.of(p.nationalCode(), first)));
                }
            }
            problems.addAll(check(p));
        }
        return problems;
    }

    /**
     * Checks a procedure being edited: the procedure rules, plus what a form can get wrong (no
     * name, a budget that is not a quarter day, a repeated step number).
     */
    public static List<CatalogProblem> check(ProcedureDraft draft) {
        List<CatalogProblem> problems = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty()) {
            problems.add(new CatalogProblem(Kind.NAME_MISSING, null, null, "the procedure needs a name", List.of()));
        }
        if (draft.onlineLevel() == null) {
            problems.add(new CatalogProblem(Kind.ONLINE_LEVEL_MISSING, name, null, "choose an online level", List.of()));
        }
        if (draft.totalDays() == null) {
            problems.add(new CatalogProblem(Kind.TOTAL_MISSING, name, null, "the total working days are required", List.of()));
        } else if (!isBudget(draft.totalDays())) {
            problems.add(new CatalogProblem(Kind.TOTAL_NOT_QUARTERS, name, null,
                    "working days are counted in quarter days (0.25)", List.of(draft.totalDays())));
        }
        Set<String> numbers = new HashSet<>();
        for (ProcedureDraft.Step step : draft.steps()) {
            if (step.number() == null || !step.number().matches("\\d+(\\.\\d+)?")) {
                problems.add(new CatalogProblem(Kind.NUMBER_FORMAT, name, step.number(), "a step number is like 1 or 4.2",
                        List.of(String.valueOf(step.number()))));
            } else if (!numbers.add(step.number())) {
                problems.add(new CatalogProblem(Kind.NUMBER_DUPLICATE, name, step.number(),
                        "step " + step.number() + " appears twice", List.of(step.number())));
            }
            if (step.budgetDays() != null && !isBudget(step.budgetDays())) {
                problems.add(new CatalogProblem(Kind.BUDGET_NOT_QUARTERS, name, step.number(),
                        "working days are counted in quarter days (0.25)", List.of(step.budgetDays())));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        CatalogVersion scratch = new CatalogVersion("-", "validation");
        return check(scratch.addProcedure(draft));
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
                    problems.add(new CatalogProblem(Kind.SUBSTEPS_MISMATCH, p.name(), step.number(),
                            "sub-steps of step " + step.number() + " add up to " + days(sum) + " days, the step has "
                                    + days(step.budgetQuarters()), List.of(step.number(), days(sum), days(step.budgetQuarters()))));
                }
            }
        }
        if (topLevel != p.totalQuarters()) {
            problems.add(new CatalogProblem(Kind.TOTAL_MISMATCH, p.name(), null,
                    "steps add up to " + days(topLevel) + " working days, the procedure has " + days(p.totalQuarters()),
                    List.of(days(topLevel), days(p.totalQuarters()))));
        }
        for (StepDefinition step : p.executableSteps()) {
            if (step.isCounted() && (step.actorRole() == null || step.actorUnit() == null || step.actorUnit().isBlank())) {
                problems.add(new CatalogProblem(Kind.ACTOR_MISSING, p.name(), step.number(),
                        "step " + step.number() + " has no actor", List.of(step.number())));
            }
        }
        return problems;
    }

    private static String days(int quarters) {
        return Budget.daysOf(quarters).toPlainString();
    }

    private static boolean isBudget(BigDecimal days) {
        try {
            Budget.quartersOf(days);
            return true;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }
}
