package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.motcua.web.FieldErrors;

import java.util.List;

/**
 * A line of one of the procedure editor's lists (a document, a fee, a step, a step's outcome): its
 * own fields and a button that removes it from its {@link RowList}. What every such line does the
 * same way is here — any change of a field is reported, read-only covers every field and hides the
 * button, clearing errors clears every field — so that the rows only say what they hold.
 */
abstract class RemovableRow<C extends Component> extends Composite<C> {

    private final C content;
    final Button remove;
    private Runnable removal = () -> {
    };

    /** {@code removeLabel}: the translation naming what the button removes, for screen readers. */
    RemovableRow(C content, VaadinIcon icon, String removeLabel) {
        this.content = content;
        remove = new Button(icon.create(), e -> removal.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation(removeLabel));
    }

    @Override
    protected C initContent() {
        return content;
    }

    /** The row's fields: read-only together, each reported when changed. */
    abstract List<HasValue<?, ?>> fields();

    /** Reports every change of the row's fields to {@code onChange}; call once the fields hold their first values. */
    final void reportChanges(Runnable onChange) {
        fields().forEach(f -> f.addValueChangeListener(e -> onChange.run()));
    }

    /** What the remove button does: set by the list the row is added to. */
    final void onRemove(Runnable removal) {
        this.removal = removal;
    }

    void setReadOnly(boolean readOnly) {
        fields().forEach(f -> f.setReadOnly(readOnly));
        remove.setVisible(!readOnly);
    }

    void clearErrors() {
        fields().stream().filter(HasValidation.class::isInstance).map(HasValidation.class::cast).forEach(FieldErrors::clear);
    }
}
