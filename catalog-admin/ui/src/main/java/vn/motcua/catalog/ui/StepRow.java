package vn.motcua.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.ProcedureDraft;
import vn.motcua.tenants.Role;

import java.util.List;

/** One step of the procedure editor: number, actor, role, content, working days, level. */
class StepRow extends Composite<HorizontalLayout> {

    final TextField number = new TextField();
    final TextField actor = new TextField();
    final Select<String> role = new Select<>();
    final TextField content = new TextField();
    final BigDecimalField days = new BigDecimalField();
    final Select<AdministrativeLevel> level = new Select<>();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    StepRow(ProcedureDraft.Step step, Runnable onChange, java.util.function.Consumer<StepRow> onRemove) {
        number.setWidth("5em");
        number.setPlaceholder("1.1");
        number.addClassName("step-number");
        actor.setWidth("16em");
        actor.setPlaceholder(getTranslation("step.actor"));
        actor.addClassName("step-actor");
        role.setItems(List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CITIZEN));
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setWidth("11em");
        role.addClassName("step-role");
        content.setPlaceholder(getTranslation("step.content"));
        content.addClassName("step-content");
        days.setWidth("7em");
        days.setPlaceholder(getTranslation("step.not-counted"));
        days.addClassName("step-days");
        days.setValueChangeMode(ValueChangeMode.EAGER);
        level.setItems(AdministrativeLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("level." + l.name()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("—");
        level.setWidth("8em");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("step.remove"));
        remove.addClickListener(e -> onRemove.accept(this));

        if (step != null) {
            number.setValue(nullToEmpty(step.number()));
            actor.setValue(nullToEmpty(step.actorUnit()));
            role.setValue(step.actorRole());
            content.setValue(nullToEmpty(step.content()));
            days.setValue(step.budgetDays());
            level.setValue(step.level());
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(number, actor, role, content, days, level)) {
            field.addValueChangeListener(e -> onChange.run());
        }
        for (TextField text : List.of(number, actor, content)) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }
        HorizontalLayout row = getContent();
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("step-row");
        row.add(number, actor, role, content, days, level, remove);
        row.setFlexGrow(1, content);
    }

    ProcedureDraft.Step toStep() {
        String n = number.getValue().trim();
        int dot = n.lastIndexOf('.');
        String parent = dot > 0 ? n.substring(0, dot) : null;
        return new ProcedureDraft.Step(n, parent, actor.getValue().trim(), role.getValue(), content.getValue().trim(),
                days.getValue(), level.getValue());
    }

    void clearErrors() {
        number.setInvalid(false);
        actor.setInvalid(false);
        days.setInvalid(false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
