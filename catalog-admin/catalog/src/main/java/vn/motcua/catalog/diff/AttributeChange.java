package vn.motcua.catalog.diff;

import java.util.Objects;

/**
 * One attribute's old and new value, as text: days as written in decisions ("4.5"), levels and
 * online levels by constant name, roles by role name. A null side means the attribute had no
 * value there (an uncounted step's budget, a procedure without a code, a step that did not exist).
 * A {@link Attribute#DOCUMENT} or {@link Attribute#FEE} change also carries the items themselves
 * ({@link vn.motcua.catalog.version.RequiredDocument}, {@link vn.motcua.catalog.version.Fee}), for a screen to
 * write them in its own language; the texts are the English of {@link CatalogDiff#render()}.
 */
public record AttributeChange(Attribute attribute, String oldValue, String newValue, Object oldItem, Object newItem) {

    public AttributeChange {
        Objects.requireNonNull(attribute, "attribute");
    }

    public AttributeChange(Attribute attribute, String oldValue, String newValue) {
        this(attribute, oldValue, newValue, null, null);
    }

    /** "budget 5 → 4.5". */
    String render() {
        return attribute.label() + " " + value(oldValue) + " → " + value(newValue);
    }

    /** "budget 5": the one side of an added or a removed step. */
    String renderValue() {
        return attribute.label() + " " + value(newValue != null ? newValue : oldValue);
    }

    private String value(String v) {
        if (v == null) {
            return "none";
        }
        return attribute.isText() ? "\"" + v + "\"" : v;
    }
}
