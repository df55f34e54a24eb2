package vn.motcua.engine.read;

import vn.motcua.engine.dossier.RouteStep;

import java.util.List;

/**
 * One step of the dossier's route as copied at reception: who does it where, with which budget and
 * outcomes. A later decision or adoption never changes it.
 *
 * @param budgetQuarters working time in quarter days, null when not counted
 */
public record RouteStepView(String number, String parent, String unit, String role, Integer budgetQuarters, String level,
                            String handlingTenant, String kind, Integer postingQuarters, List<String> outcomes) {

    public static RouteStepView of(RouteStep s) {
        return new RouteStepView(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.budgetQuarters(),
                s.level() == null ? null : s.level().name(), s.handlingTenant(), s.kind().name(), s.postingQuarters(),
                s.outcomes().stream().map(o -> o.kind() + (o.targetStep() == null ? "" : ">" + o.targetStep())).toList());
    }
}
