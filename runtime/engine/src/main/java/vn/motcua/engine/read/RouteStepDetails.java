package vn.motcua.engine.read;

import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.engine.dossier.RouteStep;

import java.util.List;

/**
 * One step of a dossier's route snapshot with its content and its outcomes as the catalog labels them, whether it ran yet or not: the desk draws the route as
 * done / current / ahead and offers the current step's outcomes.
 *
 * @param budgetQuarters the step's budget in quarter days; null when not counted
 */
public record RouteStepDetails(String number, String parentNumber, String content, String role, String actorUnit,
                            String handlingTenant, Integer budgetQuarters, String kind, List<StepOutcome> outcomes) {

    public static RouteStepDetails of(RouteStep s) {
        return new RouteStepDetails(s.number(), s.parentNumber(), s.content(), s.actorRole(), s.actorUnit(), s.handlingTenant(),
                s.budgetQuarters(), s.kind() == null ? null : s.kind().name(), s.outcomes());
    }
}
