package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import vn.motcua.tenants.problem.BrokenRule;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A desk form's answer to a refused command, on top of web's {@link FieldErrors}: each problem of
 * an {@link InvalidInput} next to the field bound to its key; anything else — a conflict, a rule of
 * the route, a refusal — on the form's own error line. The engine names most problems in English
 * only, so a field's problem shows the desk's own sentence for that field ({@code error.<key>})
 * when it has one.
 */
final class Problems {

    private final Component owner;
    private final FieldErrors fields;
    private final Span line = new Span();

    Problems(Component owner) {
        this.owner = owner;
        this.fields = new FieldErrors(owner);
        line.addClassName("form-error");
        line.setId("form-error");
        line.setVisible(false);
    }

    <T extends HasValidation> T bind(String key, T field) {
        return fields.bind(key, field);
    }

    /** The line under the form where problems without a field show. */
    Span line() {
        return line;
    }

    void clear() {
        fields.clear();
        line.setText("");
        line.setVisible(false);
    }

    /** Shows {@code text} on the field bound to {@code key}, or on the line. */
    void show(String key, String text) {
        fields.fieldOf(key).ifPresentOrElse(f -> FieldErrors.error(f, text), () -> {
            line.setText(line.getText().isEmpty() ? text : line.getText() + " " + text);
            line.setVisible(true);
        });
    }

    /** Runs {@code action}; a refusal shows on the form and yields empty. */
    <T> Optional<T> run(Supplier<T> action) {
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
            invalid.problems().forEach(p -> show(p.field(), text(p)));
            return;
        }
        // a conflict, a rule of the route, a refusal of access: the engine's sentence names the status and what is allowed
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        show("", cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private String text(BrokenRule problem) {
        if (problem.messageKey() == null) {
            String key = "error." + problem.field();
            String own = owner.getTranslation(key);
            if (!own.startsWith("!{") && !own.equals(key)) {
                return own;
            }
        }
        return FieldErrors.text(owner, problem);
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
