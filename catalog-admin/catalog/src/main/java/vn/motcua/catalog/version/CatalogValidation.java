package vn.motcua.catalog.version;

import vn.motcua.catalog.version.CatalogProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a catalog version must satisfy before it is published: budgets add up (sub-steps to
 * their step, steps to the procedure's total), every counted step has an actor, national codes
 * are unique within the version, every step says who does what; a public posting fits in its step's budget; an outcome that sends
 * the dossier to a step names one that exists; documents have a name and fees a non-negative
 * whole amount; an online procedure that states its channels takes online submissions.
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
                            "national code " + p.nationalCode() + " is also used by \"" + first + "\"", List.of(p.nationalCode(), first)).inVersion());
                }
            }
            check(p).stream().map(CatalogProblem::inVersion).forEach(problems::add);
        }
        return problems;
    }

    /**
     * Checks a procedure being edited: the procedure rules, plus what a form can get wrong and a
     * procedure cannot even hold (no name, a budget that is not a quarter day, a repeated step
     * number, a fee in fractions of a đồng, an outcome without a kind).
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
        } else {
            budget(draft.totalDays(), Kind.TOTAL_NEGATIVE, Kind.TOTAL_NOT_QUARTERS, name, null, "the total", problems);
        }
        for (int i = 0; i < draft.fees().size(); i++) {
            BigDecimal amount = draft.fees().get(i).amountVnd();
            if (amount == null) {
                problems.add(new CatalogProblem(Kind.FEE_AMOUNT_MISSING, name, null, i + 1,
                        "fee " + (i + 1) + " needs an amount in đồng, 0 when it is free", List.of(i + 1)));
            } else if (amount.stripTrailingZeros().scale() > 0 || amount.abs().compareTo(MAX_VND) > 0) {
                problems.add(new CatalogProblem(Kind.FEE_NOT_WHOLE, name, null, i + 1,
                        "fee " + (i + 1) + " is not a whole number of đồng", List.of(i + 1, amount.toPlainString())));
            }
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
            if (step.budgetDays() != null) {
                budget(step.budgetDays(), Kind.BUDGET_NEGATIVE, Kind.BUDGET_NOT_QUARTERS, name, step.number(),
                        "the budget of step " + step.number(), problems);
            }
            if (step.isPosting() && step.postingDays() != null) {
                budget(step.postingDays(), Kind.POSTING_NEGATIVE, Kind.POSTING_NOT_QUARTERS, name, step.number(),
                        "the posting of step " + step.number(), problems);
            }
            for (int i = 0; i < step.outcomes().size(); i++) {
                if (step.outcomes().get(i).kind() == null) {
                    problems.add(new CatalogProblem(Kind.OUTCOME_KIND_MISSING, name, step.number(), i + 1,
                            "outcome " + (i + 1) + " of step " + step.number() + " needs a kind", List.of(step.number(), i + 1)));
                }
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
        checkChannels(p, problems);
        checkDocuments(p, problems);
        checkFees(p, problems);
        Set<String> parents = p.steps().stream().filter(StepDefinition::isSubStep).map(StepDefinition::parentNumber)
                .collect(Collectors.toSet());
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
                            "sub-steps of step " + step.number() + " add up to " + plain(sum) + " days, the step has "
                                    + plain(step.budgetQuarters()), List.of(step.number(), days(sum), days(step.budgetQuarters()))));
                }
            }
        }
        if (topLevel != p.totalQuarters()) {
            problems.add(new CatalogProblem(Kind.TOTAL_MISMATCH, p.name(), null,
                    "steps add up to " + plain(topLevel) + " working days, the procedure has " + plain(p.totalQuarters()),
                    List.of(days(topLevel), days(p.totalQuarters()))));
        }
        // every step says who does it and what is done, as a decision's table does; a step split into
        // sub-steps is done by their actors, and one the citizen does needs no role of the office
        for (StepDefinition step : p.steps()) {
            boolean parent = parents.contains(step.number());
            if (!parent && (blank(step.actorUnit()) || (step.isCounted() && step.actorRole() == null))) {
                problems.add(new CatalogProblem(Kind.ACTOR_MISSING, p.name(), step.number(),
                        "step " + step.number() + " has no actor", List.of(step.number())));
            }
            if (blank(step.content())) {
                problems.add(new CatalogProblem(Kind.CONTENT_MISSING, p.name(), step.number(),
                        "step " + step.number() + " does not say what is done", List.of(step.number())));
            }
        }
        Set<String> numbers = p.steps().stream().map(StepDefinition::number).collect(Collectors.toSet());
        for (StepDefinition step : p.steps()) {
            checkPosting(p, step, parents.contains(step.number()), problems);
            checkOutcomes(p, step, parents.contains(step.number()), numbers, problems);
        }
        return problems;
    }

    /** Decree 42/2022/NĐ-CP art. 11: một phần takes the dossier online; toàn trình also returns the result online. */
    private static void checkChannels(Procedure p, List<CatalogProblem> problems) {
        boolean online = p.onlineLevel() == OnlineLevel.FULL || p.onlineLevel() == OnlineLevel.PARTIAL;
        if (online && !p.submissionChannels().isEmpty() && !p.submissionChannels().contains(Channel.ONLINE)) {
            problems.add(new CatalogProblem(Kind.ONLINE_SUBMISSION_MISSING, p.name(), null,
                    "an online procedure accepts online submissions", List.of()));
        }
        if (p.onlineLevel() == OnlineLevel.FULL && !p.resultChannels().isEmpty() && !p.resultChannels().contains(Channel.ONLINE)) {
            problems.add(new CatalogProblem(Kind.ONLINE_RESULT_MISSING, p.name(), null,
                    "a fully online procedure delivers its result online", List.of()));
        }
    }

    private static void checkDocuments(Procedure p, List<CatalogProblem> problems) {
        List<RequiredDocument> documents = p.documents();
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument d = documents.get(i);
            if (d.name() == null) {
                problems.add(new CatalogProblem(Kind.DOCUMENT_NAME_MISSING, p.name(), null, i + 1,
                        "document " + (i + 1) + " has no name", List.of(i + 1)));
            }
            if (d.originals() < 0 || d.copies() < 0) {
                problems.add(new CatalogProblem(Kind.DOCUMENT_COUNT_NEGATIVE, p.name(), null, i + 1,
                        "document " + (i + 1) + ": the number of originals and copies cannot be negative", List.of(i + 1)));
            }
        }
    }

    private static void checkFees(Procedure p, List<CatalogProblem> problems) {
        List<Fee> fees = p.fees();
        for (int i = 0; i < fees.size(); i++) {
            Fee f = fees.get(i);
            if (f.description() == null) {
                problems.add(new CatalogProblem(Kind.FEE_DESCRIPTION_MISSING, p.name(), null, i + 1,
                        "fee " + (i + 1) + " does not say what it is for", List.of(i + 1)));
            }
            if (f.amountVnd() != null && f.amountVnd().signum() < 0) {
                problems.add(new CatalogProblem(Kind.FEE_NEGATIVE, p.name(), null, i + 1,
                        "fee " + (i + 1) + " is negative", List.of(i + 1, f.amountVnd().toPlainString())));
            }
        }
    }

    private static void checkPosting(Procedure p, StepDefinition step, boolean isParent, List<CatalogProblem> problems) {
        if (!step.isPosting()) {
            return;
        }
        String n = step.number();
        if (isParent) {
            problems.add(new CatalogProblem(Kind.POSTING_ON_PARENT, p.name(), n,
                    "step " + n + " is done through its sub-steps; the posting belongs on one of them", List.of(n)));
        } else if (step.postingQuarters() == 0) {
            problems.add(new CatalogProblem(Kind.POSTING_DAYS_MISSING, p.name(), n,
                    "step " + n + " posts publicly: for how many working days?", List.of(n)));
        } else if (!step.isCounted()) {
            problems.add(new CatalogProblem(Kind.POSTING_NOT_COUNTED, p.name(), n,
                    "step " + n + " posts for " + plain(step.postingQuarters()) + " working days but is not counted",
                    List.of(n, days(step.postingQuarters()))));
        } else if (step.postingQuarters() > step.budgetQuarters()) {
            problems.add(new CatalogProblem(Kind.POSTING_EXCEEDS_BUDGET, p.name(), n,
                    "step " + n + " posts for " + plain(step.postingQuarters()) + " working days, longer than its "
                            + plain(step.budgetQuarters()), List.of(n, days(step.postingQuarters()), days(step.budgetQuarters()))));
        }
    }

    private static void checkOutcomes(Procedure p, StepDefinition step, boolean isParent, Set<String> numbers,
                                      List<CatalogProblem> problems) {
        List<StepOutcome> outcomes = step.outcomes();
        String n = step.number();
        if (isParent && !outcomes.isEmpty()) {
            problems.add(new CatalogProblem(Kind.OUTCOMES_ON_PARENT, p.name(), n, 1,
                    "step " + n + " is done through its sub-steps; its outcomes belong on one of them", List.of(n)));
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            StepOutcome o = outcomes.get(i);
            int item = i + 1;
            if (o.targetStep() == null) {
                if (o.kind().needsTarget()) {
                    problems.add(new CatalogProblem(Kind.OUTCOME_TARGET_MISSING, p.name(), n, item,
                            "outcome " + item + " of step " + n + " returns the dossier: to which step?", List.of(n, item)));
                }
            } else if (!o.kind().takesTarget()) {
                problems.add(new CatalogProblem(Kind.OUTCOME_TARGET_NOT_ALLOWED, p.name(), n, item,
                        "outcome " + item + " of step " + n + " keeps the dossier where it is and names no step",
                        List.of(n, item)));
            } else if (!numbers.contains(o.targetStep())) {
                problems.add(new CatalogProblem(Kind.OUTCOME_TARGET_UNKNOWN, p.name(), n, item,
                        "outcome " + item + " of step " + n + " goes to step " + o.targetStep() + ", which does not exist",
                        List.of(n, item, o.targetStep())));
            }
        }
    }

    /** Far beyond any fee, and within a BIGINT. */
    private static final BigDecimal MAX_VND = new BigDecimal("1000000000000000");

    private static String plain(int quarters) {
        return Budget.daysOf(quarters).toPlainString();
    }

    /** Working days as a value: a screen writes them in its language ("2,75" or "2.75"). */
    private static BigDecimal days(int quarters) {
        return Budget.daysOf(quarters);
    }

    /** A negative number of days is said to be negative, not to be off the quarter days. */
    private static void budget(BigDecimal days, Kind negative, Kind notQuarters, String procedure, String step, String what,
                               List<CatalogProblem> problems) {
        Budget.Problem problem = Budget.problemOf(days);
        if (problem == Budget.Problem.NEGATIVE) {
            problems.add(new CatalogProblem(negative, procedure, step, what + " cannot be negative", List.of(days)));
        } else if (problem == Budget.Problem.NOT_QUARTERS) {
            problems.add(new CatalogProblem(notQuarters, procedure, step, "working days are counted in quarter days (0.25)",
                    List.of(days)));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
