package vn.motcua.catalog.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A step's outcomes as one column holds them, one per line, {@code KIND>target:label}
 * ("RETURN>6.3:Không đủ điều kiện"): read with the step, so executing a dossier needs no extra
 * query. A target is a step number and a kind a constant name, neither of which holds '>' or ':';
 * labels are single-line ({@link StepOutcome} folds their whitespace).
 */
public final class StepOutcomes {

    /**
     * How many outcomes a step has at most, and how long a label: {@value #MAX} lines of
     * {@code KIND>target:label} (10 + 1 + 16 + 1 + {@value #LABEL_LENGTH} characters and a line
     * break) fit step_definition.outcomes, 2,000 characters.
     */
    public static final int MAX = 10;
    public static final int LABEL_LENGTH = 150;

    private StepOutcomes() {
    }

    public static String encode(List<StepOutcome> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder();
        for (StepOutcome o : outcomes) {
            if (!column.isEmpty()) {
                column.append('\n');
            }
            column.append(o.kind().name());
            if (o.targetStep() != null) {
                column.append('>').append(o.targetStep());
            }
            if (o.label() != null) {
                column.append(':').append(o.label());
            }
        }
        return column.toString();
    }

    public static List<StepOutcome> decode(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<StepOutcome> outcomes = new ArrayList<>();
        for (String line : column.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String head = colon < 0 ? line : line.substring(0, colon);
            String label = colon < 0 ? null : line.substring(colon + 1);
            int arrow = head.indexOf('>');
            String kind = arrow < 0 ? head : head.substring(0, arrow);
            String target = arrow < 0 ? null : head.substring(arrow + 1);
            outcomes.add(new StepOutcome(OutcomeKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)), target, label));
        }
        return List.copyOf(outcomes);
    }
}
