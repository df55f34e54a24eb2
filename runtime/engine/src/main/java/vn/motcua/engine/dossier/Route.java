package vn.motcua.engine.dossier;

import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.EffectiveStep;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.calendar.WorkingDays;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The snapshot of a procedure a dossier is executed against, taken from the receiving tenant's
 * effective catalog at reception and never changed: the steps staff execute (sub-steps in place of
 * their parent, the citizen's own steps left out), each with its handling tenant, and what the
 * reception checklist, the receipt and the result hand-over need (documents, channels, total).
 *
 * <p>Two steps have a role beyond their position. The first is the desk's completeness check, which
 * ends by {@link Command#ACCEPT}. The {@linkplain #resultStep() result step} is the last counted one:
 * when it ends ({@link Command#RESOLVE}) processing is over and the result waits at the desk — 6.3
 * of the monthly allowance, 4 of the visit to a martyr's grave, whose step 5 ("Trả kết quả", not
 * counted) is then the {@linkplain #handOverSteps() hand-over}, done by {@link Command#RETURN_RESULT}.
 *
 * @param handlingTenant the unit competent for the procedure (its handling level's): the receipt's
 *                       appointment is on its calendar, whichever desk received the dossier
 * @param totalQuarters  the procedure's processing time: the receipt's appointment is this after acceptance
 */
public record Route(RoutePin pin, Long procedureId, String nationalCode, String procedureName,
                    AdministrativeLevel handlingLevel, String handlingTenant, int totalQuarters, List<RouteStep> steps,
                    List<RequiredDocument> documents, Set<Channel> submissionChannels, Set<Channel> resultChannels) {

    public Route {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(handlingTenant, "handlingTenant");
        steps = List.copyOf(steps);
        documents = documents == null ? List.of() : List.copyOf(documents);
        submissionChannels = submissionChannels == null ? Set.of() : Set.copyOf(submissionChannels);
        resultChannels = resultChannels == null ? Set.of() : Set.copyOf(resultChannels);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("procedure " + procedureName + " has no step staff execute");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).index() != i) {
                throw new IllegalArgumentException("step " + steps.get(i).number() + " is not at position " + i);
            }
        }
        if (steps.stream().skip(1).noneMatch(RouteStep::isCounted)) {
            throw new IllegalArgumentException("procedure " + procedureName
                    + " has no counted step after the completeness check to end its processing");
        }
        for (RouteStep step : steps) {
            for (StepOutcome o : step.outcomes()) {
                if (o.targetStep() != null && steps.stream().noneMatch(other -> other.number().equals(o.targetStep()))) {
                    throw new IllegalArgumentException("step " + step.number() + " of " + procedureName
                            + " goes to step " + o.targetStep() + ", which no one executes");
                }
            }
        }
    }

    /**
     * The route of {@code procedure} for a dossier received at {@code tenants.receivingTenant()}:
     * the reception step is the receiving desk's, every other step its level's tenant's.
     */
    public static Route snapshot(EffectiveProcedure procedure, RoutePin pin, HandlingTenants tenants) {
        List<EffectiveStep> executable = procedure.executableSteps();
        List<RouteStep> steps = new ArrayList<>();
        for (EffectiveStep s : executable) {
            int index = steps.size();
            AdministrativeLevel level = s.level() != null ? s.level() : procedure.handlingLevel();
            String tenant = index == 0 ? tenants.receivingTenant() : tenants.tenantFor(level);
            steps.add(new RouteStep(index, s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(),
                    s.budgetQuarters(), level, tenant, s.kind(), s.postingQuarters(), s.outcomes()));
        }
        return new Route(pin, procedure.provinceProcedureId(), procedure.nationalCode(), procedure.name(),
                procedure.handlingLevel(), tenants.tenantFor(procedure.handlingLevel()), procedure.totalQuarters(), steps,
                procedure.documents(),
                procedure.submissionChannels(), procedure.resultChannels());
    }

    public WorkingDays total() {
        return WorkingDays.ofQuarters(totalQuarters);
    }

    /** The desk's completeness check. */
    public RouteStep first() {
        return steps.get(0);
    }

    public RouteStep step(String number) {
        return steps.stream().filter(s -> s.number().equals(number)).findFirst()
                .orElseThrow(() -> new DossierRuleBroken("procedure " + procedureName + " has no step " + number
                        + " staff execute"));
    }

    /** The last counted step: its end ends the processing. */
    public RouteStep resultStep() {
        for (int i = steps.size() - 1; ; i--) {
            if (steps.get(i).isCounted()) {
                return steps.get(i);
            }
        }
    }

    /** The steps after the result step: handing the result over, not counted. */
    public List<RouteStep> handOverSteps() {
        return steps.subList(resultStep().index() + 1, steps.size());
    }

    /** The step after {@code step} in the decision's order, if any. */
    public Optional<RouteStep> after(RouteStep step) {
        return step.index() + 1 < steps.size() ? Optional.of(steps.get(step.index() + 1)) : Optional.empty();
    }

    /**
     * Where {@code outcome} of {@code step} leads: its target, or for a PROCEED without one the next
     * step. Empty for outcomes that leave the route (supplement, refusal).
     */
    public Optional<RouteStep> destination(RouteStep step, StepOutcome outcome) {
        if (outcome.targetStep() != null) {
            return Optional.of(step(outcome.targetStep()));
        }
        return outcome.kind() == OutcomeKind.PROCEED ? after(step) : Optional.empty();
    }

    /** Every tenant the route reaches, in the order it reaches them. */
    public List<String> tenants() {
        return steps.stream().map(RouteStep::handlingTenant).distinct().toList();
    }
}
