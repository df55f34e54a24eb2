package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepOutcome;

import java.util.List;
import java.util.function.Consumer;

/** One way a step can end: its kind, the step it sends the dossier to (return, or a jump ahead), its label. */
class OutcomeRow extends Composite<HorizontalLayout> {

    final Select<OutcomeKind> kind = new Select<>();
    final TextField target = new TextField();
    final TextField label = new TextField();
    private final Button remove;

    OutcomeRow(StepOutcome outcome, Runnable onChange, Consumer<OutcomeRow> onRemove) {
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("outcome-kind." + k.name()));
        kind.setPlaceholder(getTranslation("outcome.kind"));
        kind.setWidth("13em");
        kind.addClassName("outcome-kind");
        target.setPlaceholder(getTranslation("outcome.target"));
        target.setTooltipText(getTranslation("outcome.target"));
        target.setWidth("8em");
        target.addClassName("outcome-target");
        label.setPlaceholder(getTranslation("outcome.label"));
        label.addClassName("outcome-label");
        remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("outcome.remove"));

        kind.setValue(outcome.kind());
        target.setValue(outcome.targetStep() == null ? "" : outcome.targetStep());
        label.setValue(outcome.label() == null ? "" : outcome.label());
        target.setValueChangeMode(ValueChangeMode.EAGER);
        label.setValueChangeMode(ValueChangeMode.LAZY);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(kind, target, label)) {
            field.addValueChangeListener(e -> onChange.run());
        }
        HorizontalLayout row = getContent();
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("outcome-row");
        row.add(kind, target, label, remove);
        row.setFlexGrow(1, label);
    }

    StepOutcome toOutcome() {
        return new StepOutcome(kind.getValue(), target.getValue(), label.getValue());
    }

    void setReadOnly(boolean readOnly) {
        kind.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
        label.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    void clearErrors() {
        kind.setInvalid(false);
        target.setInvalid(false);
    }
}
