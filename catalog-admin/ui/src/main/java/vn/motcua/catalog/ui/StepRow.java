package vn.motcua.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.ProcedureDraft;
import vn.motcua.catalog.StepKind;
import vn.motcua.catalog.StepOutcome;
import vn.motcua.tenants.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step of the procedure editor: number, actor, role, content, working days, level, kind (a
 * public posting shows its posting days), and below, folded away, the outcomes the step ends in.
 */
class StepRow extends Composite<VerticalLayout> {

    final TextField number = new TextField();
    final TextField actor = new TextField();
    final Select<String> role = new Select<>();
    final TextField content = new TextField();
    final BigDecimalField days = new BigDecimalField();
    final Select<AdministrativeLevel> level = new Select<>();
    final Select<StepKind> kind = new Select<>();
    final BigDecimalField postingDays = new BigDecimalField();
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final Details outcomesDetails = new Details();
    private final VerticalLayout outcomeRows = new VerticalLayout();
    private final List<OutcomeRow> outcomes = new ArrayList<>();
    private final Runnable onChange;

    StepRow(ProcedureDraft.Step step, Runnable onChange, java.util.function.Consumer<StepRow> onRemove) {
        this.onChange = onChange;
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
        level.addClassName("step-level");
        kind.setItems(StepKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("step-kind." + k.name()));
        kind.setWidth("9em");
        kind.addClassName("step-kind");
        kind.setValue(StepKind.TASK);
        postingDays.setWidth("7em");
        postingDays.setPlaceholder(getTranslation("step.posting-days"));
        postingDays.setTooltipText(getTranslation("step.posting-days"));
        postingDays.addClassName("step-posting-days");
        postingDays.setValueChangeMode(ValueChangeMode.EAGER);
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
            kind.setValue(step.kind());
            postingDays.setValue(step.postingDays());
            step.outcomes().forEach(o -> addOutcome(o, false));
        }
        postingDays.setVisible(kind.getValue() == StepKind.POSTING);
        kind.addValueChangeListener(e -> postingDays.setVisible(e.getValue() == StepKind.POSTING));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(number, actor, role, content, days, level, kind, postingDays)) {
            field.addValueChangeListener(e -> onChange.run());
        }
        for (TextField text : List.of(number, actor, content)) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }
        HorizontalLayout line = new HorizontalLayout(number, actor, role, content, days, level, remove);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, content);

        Button addOutcome = new Button(getTranslation("outcome.add"), VaadinIcon.PLUS.create(), e -> {
            addOutcome(new StepOutcome(null, null, null), true);
            onChange.run();
        });
        addOutcome.addClassName("add-outcome");
        addOutcome.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        outcomeRows.setPadding(false);
        outcomeRows.setSpacing(false);
        outcomesDetails.add(outcomeRows, addOutcome);
        outcomesDetails.addClassName("step-outcomes");
        updateSummary();

        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.setWidthFull();
        root.addClassName("step-row");
        // what the step is and how it ends, under the row, indented past the step number
        HorizontalLayout more = new HorizontalLayout(kind, postingDays, outcomesDetails);
        more.setAlignItems(FlexComponent.Alignment.START);
        more.getStyle().set("padding-inline-start", "5.5em");
        more.setWidthFull();
        more.setFlexGrow(1, outcomesDetails);
        root.add(line, more);
    }

    ProcedureDraft.Step toStep() {
        String n = number.getValue().trim();
        int dot = n.lastIndexOf('.');
        String parent = dot > 0 ? n.substring(0, dot) : null;
        return new ProcedureDraft.Step(n, parent, actor.getValue().trim(), role.getValue(), content.getValue().trim(),
                days.getValue(), level.getValue(), kind.getValue(), postingDays.getValue(),
                outcomes.stream().map(OutcomeRow::toOutcome).toList());
    }

    /** The outcome at a 1-based position, as validation names it. */
    Optional<OutcomeRow> outcome(int item) {
        return item >= 1 && item <= outcomes.size() ? Optional.of(outcomes.get(item - 1)) : Optional.empty();
    }

    void clearErrors() {
        number.setInvalid(false);
        actor.setInvalid(false);
        days.setInvalid(false);
        kind.setInvalid(false);
        postingDays.setInvalid(false);
        outcomes.forEach(OutcomeRow::clearErrors);
    }

    private void addOutcome(StepOutcome outcome, boolean open) {
        OutcomeRow row = new OutcomeRow(outcome, onChange, r -> {
            outcomes.remove(r);
            outcomeRows.remove(r);
            updateSummary();
            onChange.run();
        });
        outcomes.add(row);
        outcomeRows.add(row);
        if (open) {
            outcomesDetails.setOpened(true);
        }
        updateSummary();
    }

    private void updateSummary() {
        outcomesDetails.setSummaryText(getTranslation("outcome.summary", outcomes.size()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
