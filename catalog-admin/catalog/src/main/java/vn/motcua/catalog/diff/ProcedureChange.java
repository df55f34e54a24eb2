package vn.motcua.catalog.diff;

import java.util.List;
import java.util.Objects;

/**
 * A procedure present in both versions that differs between them: its own attributes that changed
 * and its steps that were added, removed or changed. {@code key} and {@code name} are the newer
 * version's.
 */
public record ProcedureChange(ProcedureKey key, String name, List<AttributeChange> attributes, List<StepChange> steps) {

    public ProcedureChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        steps = List.copyOf(steps);
    }

    String render() {
        StringBuilder text = new StringBuilder("changed ").append(new ProcedureRef(key, name).render()).append(':');
        attributes.forEach(a -> text.append("\n  ").append(a.render()));
        steps.forEach(s -> text.append("\n  ").append(s.render()));
        return text.toString();
    }
}
