package vn.motcua.admin.adoption;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.admin.Texts;
import vn.motcua.admin.WorkingDaysField;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.tenants.access.Role;
import vn.motcua.web.FieldErrors;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps of one province procedure as the adopting tenant runs them: for each step staff
 * execute, the local actor unit, role and a shorter budget, checked as the admin types (never
 * longer than the province's, whole quarter days) with the effective total beside. Opened from the
 * adoption grid's row, so a catalog of thousands of procedures renders only the one being edited.
 * "Apply" hands the overrides back to the screen, which saves them with the rest.
 */
class StepOverridesDialog extends Dialog {

    private final Procedure procedure;
    private final ProcedureKey key;
    private final String tenant;
    private final Set<String> overridable;
    private final Map<String, Local> locals = new LinkedHashMap<>();
    private final Span total = new Span();

    /** What the tenant sets on one step, as typed. */
    private static final class Local {
        TextArea unit;
        Select<String> role;
        WorkingDaysField days;
    }

    StepOverridesDialog(Procedure procedure, String tenant, List<StepOverride> current, boolean editable,
                        Consumer<List<StepOverride>> onApply) {
        this.procedure = procedure;
        this.key = ProcedureKey.of(procedure);
        this.tenant = tenant;
        Set<String> parents = procedure.steps().stream().filter(StepDefinition::isSubStep).map(StepDefinition::parentNumber)
                .collect(Collectors.toSet());
        this.overridable = procedure.steps().stream()
                .filter(s -> !s.isDoneByCitizen() && !parents.contains(s.number()))
                .map(StepDefinition::number)
                .collect(Collectors.toSet());
        setHeaderTitle(procedure.name() + (procedure.nationalCode() == null ? "" : " (" + procedure.nationalCode() + ")"));
        setWidth("min(92vw, 78em)");
        Div rows = new Div(header());
        rows.setId("adoption-steps-dialog");
        rows.addClassName("step-table");
        Map<String, StepOverride> byStep = current.stream().collect(Collectors.toMap(StepOverride::step, o -> o, (a, b) -> b));
        for (StepDefinition s : procedure.steps()) {
            rows.add(stepRow(s, byStep.get(s.number()), editable));
        }
        total.setId("adoption-dialog-total");
        total.addClassNames("effective-total", LumoUtility.FontWeight.SEMIBOLD);
        add(rows, total);
        Button apply = new Button(getTranslation("adoption.apply"), e -> {
            List<StepOverride> typed = validate();
            if (typed != null) {
                onApply.accept(typed);
                close();
            }
        });
        apply.setId("adoption-dialog-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(editable);
        Button cancel = new Button(getTranslation("adoption.cancel"), e -> close());
        cancel.setId("adoption-dialog-cancel");
        getFooter().add(cancel, apply);
        validate();
    }

    /**
     * The overrides as typed, each problem shown next to its field and the effective total updated;
     * null while any field is in error.
     */
    private List<StepOverride> validate() {
        List<StepOverride> typed = new ArrayList<>();
        boolean wrong = false;
        for (Map.Entry<String, Local> entry : locals.entrySet()) {
            Local local = entry.getValue();
            Texts.clear(local.unit, local.days);
            if (local.days.isUnreadable()) {
                wrong = true;
                continue;
            }
            Integer quarters = null;
            if (local.days.getValue() != null) {
                Budget.Problem problem = Budget.problemOf(local.days.getValue());
                if (problem != null) {
                    Texts.error(local.days, getTranslation(problem == Budget.Problem.NEGATIVE ? "problem.BUDGET_NEGATIVE"
                            : "problem.BUDGET_NOT_QUARTERS"));
                    wrong = true;
                    continue;
                }
                quarters = Budget.quartersOf(local.days.getValue());
            }
            String unit = local.unit.getValue().isBlank() ? null : local.unit.getValue().trim();
            if (unit != null || local.role.getValue() != null || quarters != null) {
                typed.add(new StepOverride(key, entry.getKey(), unit, local.role.getValue(), quarters));
            }
        }
        Adoption adoption = Adoption.all(tenant);
        for (StepOverride o : typed) {
            adoption = adoption.withOverride(o);
        }
        List<AdoptionProblem> problems = adoption.problemsWith(procedure);
        for (AdoptionProblem p : problems) {
            Local local = locals.get(p.step());
            if (local != null) {
                String text = FieldErrors.text(this, p);
                if (p.kind() == AdoptionProblem.Kind.BUDGET_NOT_SHORTER || p.kind() == AdoptionProblem.Kind.STEP_NOT_COUNTED
                        || p.kind() == AdoptionProblem.Kind.BUDGET_SHORTER_THAN_POSTING) {
                    Texts.error(local.days, text);
                } else {
                    Texts.error(local.unit, text);
                }
            }
        }
        total.setText(getTranslation("adoption.total", days(EffectiveCatalog.procedure(procedure, typed).totalDays()),
                days(procedure.totalDays())));
        return wrong || !problems.isEmpty() ? null : typed;
    }

    private String days(BigDecimal days) {
        return WorkingDaysFormat.format(days, getLocale());
    }

    /** The header row of the step table: what the province set, then what this unit sets. */
    private Div header() {
        Div header = new Div();
        header.addClassName("override-table-header");
        for (String key : List.of("step.col.number", "step.content", "adoption.col.above", "adoption.col.actor", "step.col.role",
                "step.col.days")) {
            header.add(new Span(getTranslation(key)));
        }
        return header;
    }

    /** A line of the step table; its texts wrap, so a long actor or content is read whole. */
    private Div stepRow(StepDefinition s, StepOverride current, boolean editable) {
        Span number = new Span(s.number());
        number.addClassNames("override-number", LumoUtility.FontWeight.SEMIBOLD,
                s.isSubStep() ? LumoUtility.Padding.Left.MEDIUM : LumoUtility.Padding.NONE);
        Span content = new Span(s.content());
        content.addClassNames("override-content", LumoUtility.FontSize.SMALL);
        Span province = new Span(Stream.of(s.actorUnit(), s.actorRole() == null ? null : getTranslation("role." + s.actorRole()),
                        s.budgetDays() == null ? getTranslation("step.not-counted") : getTranslation("adoption.days", days(s.budgetDays())))
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" · ")));
        province.addClassNames("override-province", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div row = new Div(number, content, province);
        row.addClassNames("adoption-step", "override-line");
        row.getElement().setAttribute("data-step", s.number());
        if (!overridable.contains(s.number())) {
            return row;
        }
        Local local = new Local();
        locals.put(s.number(), local);
        local.unit = new TextArea(getTranslation("adoption.col.actor"));
        local.unit.addClassName("override-actor");
        local.unit.setMinRows(1);
        local.unit.setPlaceholder(getTranslation("adoption.as-province"));
        local.unit.setValueChangeMode(ValueChangeMode.EAGER);
        local.unit.setValue(current == null || current.actorUnit() == null ? "" : current.actorUnit());
        local.unit.addValueChangeListener(e -> validate());
        local.role = new Select<>();
        local.role.setLabel(getTranslation("step.col.role"));
        local.role.addClassName("override-role");
        local.role.setItems(List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER));
        local.role.setEmptySelectionAllowed(true);
        local.role.setEmptySelectionCaption(getTranslation("adoption.as-province"));
        local.role.setItemLabelGenerator(r -> r == null ? getTranslation("adoption.as-province") : getTranslation("role." + r));
        local.role.setValue(current == null ? null : current.actorRole());
        local.role.addValueChangeListener(e -> validate());
        local.days = new WorkingDaysField();
        local.days.setLabel(getTranslation("step.col.days"));
        local.days.addClassName("override-days");
        local.days.setPlaceholder(s.budgetDays() == null ? "—" : days(s.budgetDays()));
        BigDecimal days = current == null ? null : current.budgetDays();
        local.days.setValue(days);
        local.days.setEnabled(s.isCounted() || days != null); // a stale budget on an uncounted step can be cleared
        local.days.addValueChangeListener(e -> validate());
        local.unit.setReadOnly(!editable);
        local.role.setReadOnly(!editable);
        local.days.setReadOnly(!editable);
        row.add(local.unit, local.role, local.days);
        return row;
    }
}
