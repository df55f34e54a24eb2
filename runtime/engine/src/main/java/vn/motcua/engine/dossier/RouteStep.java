package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.calendar.WorkingDays;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a dossier's route as the catalog said it at reception: everything the runtime and the
 * forms need, copied, so the route never changes under a running dossier.
 *
 * @param index          position in the route, from 0
 * @param parentNumber   the top-level step a sub-step belongs to ("4" for "4.2"), or null
 * @param budgetQuarters working time in quarter days; null when the step is not counted in the
 *                       processing time (71/QĐ-UBND "Không tính thời gian": the hand-over to the citizen)
 * @param level          the step's level, the procedure's when the catalog gives none
 * @param handlingTenant the tenant whose staff do the step
 * @param postingQuarters how long a posting step posts, null for a task
 * @param outcomes       the branches the step's handler chooses from; empty: it proceeds to the next step
 */
public record RouteStep(int index, String number, String parentNumber, String actorUnit, String actorRole, String content,
                        Integer budgetQuarters, AdministrativeLevel level, String handlingTenant, StepKind kind,
                        Integer postingQuarters, List<StepOutcome> outcomes) {

    public RouteStep {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(handlingTenant, "handlingTenant");
        kind = kind == null ? StepKind.TASK : kind;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public boolean isCounted() {
        return budgetQuarters != null;
    }

    /** The step's budget; zero for a step not counted. */
    public WorkingDays budget() {
        return budgetQuarters == null ? WorkingDays.ZERO : WorkingDays.ofQuarters(budgetQuarters);
    }

    public boolean isPosting() {
        return kind == StepKind.POSTING;
    }

    public WorkingDays postingLength() {
        return postingQuarters == null ? WorkingDays.ZERO : WorkingDays.ofQuarters(postingQuarters);
    }

    /**
     * Whether the posting is all the step does, so it goes up as the step starts: 71/QĐ-UBND monthly
     * allowance step 2 ("Thực hiện niêm yết công khai theo quy định", 2 days) posts for its whole
     * 2 days. A posting step with a longer budget has work before the posting (poverty recognition
     * step 2: survey and community meeting, then 3 days' posting within 12.5 days), and its handler
     * puts the list up when that work is done.
     */
    public boolean postsAtStart() {
        return isPosting() && postingQuarters != null && postingQuarters.equals(budgetQuarters);
    }

    /**
     * Whether the step's handler chooses from {@code kind}'s outcomes. A step listing no outcomes
     * proceeds, and only proceeds. The first step, the desk's completeness check, may always ask
     * for a supplement or refuse (71/QĐ-UBND step 1 (ii)–(iii), the same at every desk).
     */
    public boolean allows(OutcomeKind kind) {
        if (index == 0 && kind != OutcomeKind.RETURN) {
            return true;
        }
        if (outcomes.isEmpty()) {
            return kind == OutcomeKind.PROCEED;
        }
        return outcomes.stream().anyMatch(o -> o.kind() == kind);
    }

    /** The outcome of {@code kind} going to {@code target} (null: any target of that kind, the first). */
    public Optional<StepOutcome> outcome(OutcomeKind kind, String target) {
        if (outcomes.isEmpty() && kind == OutcomeKind.PROCEED && target == null) {
            return Optional.of(StepOutcome.of(OutcomeKind.PROCEED));
        }
        return outcomes.stream()
                .filter(o -> o.kind() == kind && (target == null || target.equals(o.targetStep())))
                .findFirst();
    }

    /** Whether the step offers a choice someone must make, so it never ends by itself. */
    public boolean hasChoice() {
        return outcomes.stream().anyMatch(o -> o.kind() != OutcomeKind.PROCEED || o.targetStep() != null)
                || outcomes.size() > 1;
    }

    @Override
    public String toString() {
        return number;
    }
}
