package vn.motcua.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.catalog.Budget;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.StepDefinition;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.tenants.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One province procedure on the adoption screen: whether the tenant adopts it, its effective total,
 * and, opened, its steps with the local actor unit, role and shorter budget the tenant may set on
 * each step staff execute. The steps are built when first opened, so a long catalog stays light.
 */
class ProcedureAdoptionRow extends Composite<VerticalLayout> {

    private final Procedure procedure;
    private final ProcedureKey key;
    private final Checkbox adopt = new Checkbox();
    private final Span total = new Span();
    private final Details steps = new Details();
    private final Map<String, Local> locals = new LinkedHashMap<>();
    private final Set<String> overridable;
    private final Runnable onChange;
    private boolean built;

    /** What the tenant sets on one step, as typed. */
    private static final class Local {
        String unit;
        String role;
        BigDecimal days;
        TextField unitField;
        Select<String> roleField;
        BigDecimalField daysField;
    }

    ProcedureAdoptionRow(Procedure procedure, boolean adopted, List<StepOverride> overrides, Runnable onChange) {
        this.procedure = procedure;
        this.key = ProcedureKey.of(procedure);
        this.onChange = onChange;
        Set<String> parents = procedure.steps().stream().filter(StepDefinition::isSubStep).map(StepDefinition::parentNumber)
                .collect(Collectors.toSet());
        this.overridable = procedure.steps().stream()
                .filter(s -> !s.isDoneByCitizen() && !parents.contains(s.number()))
                .map(StepDefinition::number)
                .collect(Collectors.toSet());
        for (StepOverride o : overrides) {
            Local local = new Local();
            local.unit = o.actorUnit();
            local.role = o.actorRole();
            local.days = o.budgetDays();
            locals.put(o.step(), local);
        }
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("adoption-procedure");
        layout.getElement().setAttribute("data-procedure", procedure.name());
        adopt.addClassName("adopt-procedure");
        adopt.setLabel(procedure.name() + (procedure.nationalCode() == null ? "" : " (" + procedure.nationalCode() + ")"));
        adopt.setValue(adopted);
        adopt.addValueChangeListener(e -> {
            enable();
            onChange.run();
        });
        total.addClassNames("effective-total", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        steps.setSummaryText(getTranslation("adoption.steps"));
        steps.addClassName("adoption-steps");
        steps.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                build();
            }
        });
        HorizontalLayout head = new HorizontalLayout(adopt, total);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(head, steps);
    }

    ProcedureKey key() {
        return key;
    }

    boolean isAdopted() {
        return adopt.getValue();
    }

    /** With the whole catalog adopted, every procedure is, and its box says so. */
    void adoptAll(boolean all) {
        if (all) {
            adopt.setValue(true);
        }
        adopt.setReadOnly(all);
        enable();
    }

    /**
     * The overrides typed on this procedure; a budget that is not a multiple of a quarter day is said
     * next to it and left out, and so are stored overrides of steps the province's version no longer
     * lets an adopter override (they are listed for review and dropped on saving).
     */
    List<StepOverride> overrides() {
        List<StepOverride> list = new ArrayList<>();
        locals.forEach((step, local) -> {
            if (!overridable.contains(step)) {
                return;
            }
            if (local.daysField != null) {
                local.daysField.setInvalid(false);
            }
            Integer quarters = null;
            if (local.days != null) {
                try {
                    quarters = Budget.quartersOf(local.days);
                } catch (IllegalArgumentException e) {
                    if (local.daysField != null) {
                        Texts.error(local.daysField, getTranslation("problem.BUDGET_NOT_QUARTERS"));
                    }
                    return;
                }
            }
            if (local.unit != null || local.role != null || quarters != null) {
                list.add(new StepOverride(key, step, local.unit, local.role, quarters));
            }
        });
        return list;
    }

    /** Shows the problems of this procedure's overrides next to their fields. */
    void showProblems(List<AdoptionProblem> problems) {
        locals.values().forEach(l -> {
            if (l.unitField != null) {
                Texts.clear(l.unitField);
            }
        });
        for (AdoptionProblem p : problems) {
            Local local = p.step() == null ? null : locals.get(p.step());
            if (local == null || local.daysField == null) {
                continue;
            }
            String text = text(p);
            if (p.kind() == AdoptionProblem.Kind.BUDGET_NOT_SHORTER || p.kind() == AdoptionProblem.Kind.STEP_NOT_COUNTED) {
                Texts.error(local.daysField, text);
            } else {
                Texts.error(local.unitField, text);
            }
        }
    }

    /** "Effective total / the province's" for an adopted procedure, nothing otherwise. */
    void showTotal(EffectiveProcedure effective) {
        total.setText(effective == null || !adopt.getValue() ? ""
                : getTranslation("adoption.total", effective.totalDays().stripTrailingZeros().toPlainString(),
                procedure.totalDays().stripTrailingZeros().toPlainString()));
    }

    /** Opens the steps (the budget problems then show in place). */
    void open() {
        steps.setOpened(true);
        build();
    }

    private String text(AdoptionProblem p) {
        StepDefinition step = procedure.steps().stream().filter(s -> s.number().equals(p.step())).findFirst().orElse(null);
        String provinceDays = step == null || step.budgetDays() == null ? "" : step.budgetDays().stripTrailingZeros().toPlainString();
        return getTranslation("adoption.problem." + p.kind().name(), provinceDays);
    }

    private void build() {
        if (built) {
            return;
        }
        built = true;
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        for (StepDefinition s : procedure.steps()) {
            rows.add(stepRow(s, overridable.contains(s.number())));
        }
        steps.add(rows);
        enable();
        onChange.run();
    }

    private HorizontalLayout stepRow(StepDefinition s, boolean overridable) {
        Span number = new Span(s.number());
        number.setWidth("3em");
        number.addClassNames(LumoUtility.FontWeight.SEMIBOLD, s.isSubStep() ? LumoUtility.Padding.Left.MEDIUM : LumoUtility.Padding.NONE);
        Span content = new Span(s.content());
        content.setWidth("22em");
        content.addClassNames(LumoUtility.FontSize.SMALL);
        Span province = new Span((s.actorUnit() == null ? "" : s.actorUnit())
                + (s.actorRole() == null ? "" : " · " + getTranslation("role." + s.actorRole()))
                + (s.budgetDays() == null ? " · " + getTranslation("step.not-counted")
                : " · " + getTranslation("adoption.days", s.budgetDays().stripTrailingZeros().toPlainString())));
        province.setWidth("20em");
        province.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout row = new HorizontalLayout(number, content, province);
        row.addClassName("adoption-step");
        row.getElement().setAttribute("data-step", s.number());
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!overridable) {
            return row;
        }
        Local local = locals.computeIfAbsent(s.number(), n -> new Local());
        local.unitField = new TextField();
        local.unitField.addClassName("override-actor");
        local.unitField.setPlaceholder(getTranslation("adoption.as-province"));
        local.unitField.setValueChangeMode(ValueChangeMode.EAGER);
        local.unitField.setValue(local.unit == null ? "" : local.unit);
        local.unitField.setWidth("18em");
        local.unitField.addValueChangeListener(e -> {
            local.unit = e.getValue().isBlank() ? null : e.getValue().trim();
            onChange.run();
        });
        local.roleField = new Select<>();
        local.roleField.addClassName("override-role");
        local.roleField.setItems(List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER));
        local.roleField.setEmptySelectionAllowed(true);
        local.roleField.setEmptySelectionCaption(getTranslation("adoption.as-province"));
        local.roleField.setItemLabelGenerator(r -> r == null ? getTranslation("adoption.as-province") : getTranslation("role." + r));
        local.roleField.setValue(local.role);
        local.roleField.setWidth("11em");
        local.roleField.addValueChangeListener(e -> {
            local.role = e.getValue();
            onChange.run();
        });
        local.daysField = new BigDecimalField();
        local.daysField.addClassName("override-days");
        local.daysField.setPlaceholder(s.budgetDays() == null ? "—" : s.budgetDays().stripTrailingZeros().toPlainString());
        local.daysField.setValueChangeMode(ValueChangeMode.EAGER);
        local.daysField.setValue(local.days);
        local.daysField.setWidth("8em");
        local.daysField.setEnabled(s.isCounted());
        local.daysField.addValueChangeListener(e -> {
            local.days = e.getValue();
            onChange.run();
        });
        row.add(local.unitField, local.roleField, local.daysField);
        return row;
    }

    private void enable() {
        boolean on = adopt.getValue();
        locals.values().forEach(l -> {
            if (l.unitField != null) {
                l.unitField.setReadOnly(!on);
                l.roleField.setReadOnly(!on);
                l.daysField.setReadOnly(!on);
            }
        });
    }
}
