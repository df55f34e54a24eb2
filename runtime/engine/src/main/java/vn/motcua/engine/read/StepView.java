package vn.motcua.engine.read;

import vn.motcua.engine.dossier.StepExecution;

import java.time.Instant;
import java.util.List;

/**
 * One step execution as the API and the desk show it: where it is done, by whom, its own due and
 * lateness, and how it ended.
 *
 * @param step "4.2", or "1.2 (2)" for a second pass
 */
public record StepView(int sequence, String step, String number, int pass, String handlingTenant, String unit, String role,
                       String assignee, Instant startedAt, Instant dueAt, long pausedMinutes, Instant endedAt, String endedBy,
                       String ending, String outcome, String target, List<String> reasons, String lateness,
                       Instant postingEndsAt, boolean posted) {

    public static StepView of(StepExecution e) {
        return new StepView(e.sequence(), e.label(), e.stepNumber(), e.pass(), e.handlingTenant(), e.unit(), e.role(),
                e.assignee(), e.startedAt(), e.dueAt(), e.pausedWorkingTime().toMinutes(), e.endedAt(), e.endedBy(),
                e.ending() == null ? null : e.ending().name(), e.outcome() == null ? null : e.outcome().kind().name(),
                e.outcome() == null ? null : e.outcome().targetStep(), e.reasons(),
                e.lateness() == null ? null : e.lateness().name(),
                e.posting() == null ? null : e.posting().endsAt(), e.posting() != null && e.posting().isUp());
    }
}
