package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.admin.WorkingDaysField;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.access.Role;

import java.util.List;
import java.util.Optional;

/**
 * One step of the procedure editor, a line of the step table (styles/admin.css): number, actor,
 * role, content, working days, level; under it its kind (a public posting shows its posting days)
 * and, folded away, the outcomes the step ends in. Actor and content wrap and grow, so a long text
 * is read whole. On a wide screen the table's header row names the columns; on a narrow one the
 * line wraps and each field shows its own label.
 */
class StepRow extends RemovableRow<Div> {

    final TextField number = new TextField();
    final TextArea actor = new TextArea();
    final Select<String> role = new Select<>();
    final TextArea content = new TextArea();
    final WorkingDaysField days = new WorkingDaysField();
    final Select<AdministrativeLevel> level = new Select<>();
    final Select<StepKind> kind = new Select<>();
    final WorkingDaysField postingDays = new WorkingDaysField();
    final Details outcomesDetails = new Details();
    private final RowList<OutcomeRow> outcomes;
    private final Runnable onChange;
    private final Button addOutcome;

    /** The table's header row, naming the columns of the lines below it. */
    static Div header(Component c) {
        Div header = new Div();
        header.addClassName("step-table-header");
        for (String key : List.of("step.col.number", "step.actor", "step.col.role", "step.content", "step.col.days", "step.col.level")) {
            header.add(new Span(c.getTranslation(key)));
        }
        return header;
    }

    StepRow(ProcedureDraft.Step step, Runnable onChange) {
        super(new Div(), VaadinIcon.TRASH, "step.remove");
        this.onChange = onChange;
        outcomes = new RowList<>(() -> {
            updateSummary();
            onChange.run();
        });
        number.setLabel(getTranslation("step.col.number"));
        number.setPlaceholder("1.1");
        number.addClassName("step-number");
        actor.setLabel(getTranslation("step.actor"));
        actor.addClassName("step-actor");
        actor.setMinRows(1);
        role.setLabel(getTranslation("step.col.role"));
        role.setItems(List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CITIZEN));
        role.setItemLabelGenerator(r -> r == null ? "—" : getTranslation("role." + r));
        role.addClassName("step-role");
        content.setLabel(getTranslation("step.content"));
        content.addClassName("step-content");
        content.setMinRows(1);
        days.setLabel(getTranslation("step.col.days"));
        days.setPlaceholder(getTranslation("step.not-counted"));
        days.addClassName("step-days");
        level.setLabel(getTranslation("step.col.level"));
        level.setItems(AdministrativeLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("level." + l.name()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("—");
        level.addClassName("step-level");
        kind.setAriaLabel(getTranslation("step.col.kind"));
        kind.setItems(StepKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("step-kind." + k.name()));
        kind.setWidth("13rem");
        kind.addClassName("step-kind");
        kind.setValue(StepKind.TASK);
        postingDays.setWidth("9em");
        postingDays.setPlaceholder(getTranslation("step.posting-days"));
        postingDays.setTooltipText(getTranslation("step.posting-days"));
        postingDays.addClassName("step-posting-days");
        remove.setTooltipText(getTranslation("step.remove"));
        remove.addClassName("step-remove");

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
        reportChanges(onChange);
        for (HasValueChangeMode text : List.of(number, actor, content)) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }

        addOutcome = new Button(getTranslation("outcome.add"), VaadinIcon.PLUS.create(), e -> {
            addOutcome(new StepOutcome(null, null, null), true);
            onChange.run();
        });
        addOutcome.addClassName("add-outcome");
        addOutcome.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        outcomesDetails.add(outcomes.layout(), addOutcome);
        outcomesDetails.addClassName("step-outcomes");
        updateSummary();

        // what the step is and how it ends, under the line, past the step number
        Div more = new Div(kind, postingDays, outcomesDetails);
        more.addClassName("step-more");
        Div line = getContent();
        line.addClassNames("step-row", "step-line");
        line.add(number, actor, role, content, days, level, remove, more);
    }

    ProcedureDraft.Step toStep() {
        String n = number.getValue().trim();
        int dot = n.lastIndexOf('.');
        String parent = dot > 0 ? n.substring(0, dot) : null;
        return new ProcedureDraft.Step(n, parent, actor.getValue().trim(), role.getValue(), content.getValue().trim(),
                days.getValue(), level.getValue(), kind.getValue(), postingDays.getValue(),
                outcomes.rows().stream().map(OutcomeRow::toOutcome).toList());
    }

    /**
     * Whether the admin has put nothing in the line yet: a number and a role come with every new
     * line, so a line left as it came is no step, and is not saved as one.
     */
    boolean isBlank() {
        return actor.getValue().isBlank() && content.getValue().isBlank() && days.getValue() == null && !days.isUnreadable()
                && kind.getValue() == StepKind.TASK && outcomes.isEmpty();
    }

    /** The outcome at a 1-based position, as validation names it. */
    Optional<OutcomeRow> outcome(int item) {
        return outcomes.at(item);
    }

    @Override
    void clearErrors() {
        super.clearErrors();
        outcomes.clearErrors();
    }

    /** Shows the step as it is, every field read-only and nothing to add or remove. */
    @Override
    void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        addOutcome.setVisible(!readOnly);
        outcomes.setReadOnly(readOnly);
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(number, actor, role, content, days, level, kind, postingDays);
    }

    private void addOutcome(StepOutcome outcome, boolean open) {
        outcomes.add(new OutcomeRow(outcome, onChange));
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
