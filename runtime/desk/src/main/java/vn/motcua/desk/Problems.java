package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import vn.motcua.tenants.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shows what a command refused next to the field it concerns: each field of an {@link InvalidInput}
 * on the field bound to its key (the key the API's problem+json names it by), in the user's language
 * when the desk has a text for it ({@code error.<key>}); anything else — a conflict, a rule of the
 * route, a refusal — on the form's own error line. The same keys as the web module's FieldErrors
 * (on another branch), which this becomes once both are merged.
 */
final class Problems {

    private final Component owner;
    private final Span line = new Span();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    Problems(Component owner) {
        this.owner = owner;
        line.addClassName("form-error");
        line.setId("form-error");
        line.setVisible(false);
    }

    <T extends HasValidation> T bind(String key, T field) {
        fields.put(key, field);
        return field;
    }

    /** The line under the form where problems without a field show. */
    Span line() {
        return line;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        line.setText("");
        line.setVisible(false);
    }

    /** Shows {@code text} on the field bound to {@code key}, or on the line. */
    void show(String key, String text) {
        HasValidation field = fields.get(key);
        if (field != null) {
            if (!field.isInvalid()) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        } else {
            line.setText(line.getText().isEmpty() ? text : line.getText() + " " + text);
            line.setVisible(true);
        }
    }

    /** Runs {@code action}; a refusal shows on the form and yields empty. */
    <T> Optional<T> run(java.util.function.Supplier<T> action) {
        clear();
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            showRefusal(e);
            return Optional.empty();
        }
    }

    void showRefusal(RuntimeException e) {
        InvalidInput invalid = find(e, InvalidInput.class);
        if (invalid != null) {
            invalid.fieldErrors().forEach((key, message) -> show(key, text(key, message)));
            return;
        }
        // a conflict, a rule of the route, a refusal of access: the engine's sentence names the status and what is allowed
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        show("", cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private String text(String key, String message) {
        String translated = owner.getTranslation("error." + key);
        return translated.startsWith("!{") || translated.equals("error." + key) ? message : translated;
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
