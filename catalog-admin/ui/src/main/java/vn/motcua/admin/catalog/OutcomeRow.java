package vn.motcua.admin.catalog;

import com.vaadin.flow.component.HasValue;
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

/** One way a step can end: its kind, the step it sends the dossier to (return, or a jump ahead), its label. */
class OutcomeRow extends RemovableRow<HorizontalLayout> {

    final Select<OutcomeKind> kind = new Select<>();
    final TextField target = new TextField();
    final TextField label = new TextField();

    OutcomeRow(StepOutcome outcome, Runnable onChange) {
        super(new HorizontalLayout(), VaadinIcon.CLOSE_SMALL, "outcome.remove");
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
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL);

        kind.setValue(outcome.kind());
        target.setValue(outcome.targetStep() == null ? "" : outcome.targetStep());
        label.setValue(outcome.label() == null ? "" : outcome.label());
        target.setValueChangeMode(ValueChangeMode.EAGER);
        label.setValueChangeMode(ValueChangeMode.LAZY);
        reportChanges(onChange);
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

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(kind, target, label);
    }
}
