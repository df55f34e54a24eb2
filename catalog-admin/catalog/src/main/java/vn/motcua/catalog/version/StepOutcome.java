package vn.motcua.catalog.version;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One way a step can end, as the person doing it will choose at the desk ("Đủ điều kiện",
 * "Không đủ điều kiện — trả về xã"). A step with no outcomes simply proceeds to the next one.
 *
 * @param targetStep the step number the dossier goes to (RETURN: required; PROCEED: optional,
 *                   the next step when null); null for SUPPLEMENT and REFUSE
 * @param label      what the choice is called at the desk, or null to use the kind's name
 */
public record StepOutcome(@NotNull OutcomeKind kind, @Size(max = 16) String targetStep, @Size(max = StepOutcomes.LABEL_LENGTH) String label) {

    public StepOutcome {
        targetStep = Text.trimToNull(targetStep);
        label = label == null ? null : Text.trimToNull(label.replaceAll("\\s+", " "));
    }

    public static StepOutcome of(OutcomeKind kind) {
        return new StepOutcome(kind, null, null);
    }
}
