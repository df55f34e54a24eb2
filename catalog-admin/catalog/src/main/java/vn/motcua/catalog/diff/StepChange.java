package vn.motcua.catalog.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A step of a changed procedure that was added, removed or changed, matched by its number ("4.2").
 * An added step carries its new values, a removed one its old values, a changed one only what
 * differs, so the history screen can show a removed step without loading the older version.
 */
public record StepChange(String number, Kind kind, List<AttributeChange> attributes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public StepChange {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        attributes = List.copyOf(attributes);
    }

    String render() {
        return switch (kind) {
            case ADDED -> "step " + number + " added" + values();
            case REMOVED -> "step " + number + " removed" + values();
            case CHANGED -> attributes.stream().map(a -> "step " + number + " " + a.render())
                    .collect(Collectors.joining("\n  "));
        };
    }

    private String values() {
        return attributes.isEmpty() ? "" : ": " + attributes.stream().map(AttributeChange::renderValue).collect(Collectors.joining(", "));
    }
}
