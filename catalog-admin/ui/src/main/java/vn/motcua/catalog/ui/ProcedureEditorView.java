package vn.motcua.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.CatalogProblem;
import vn.motcua.catalog.CatalogValidation;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDraft;
import vn.motcua.catalog.PublishingService;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.CallerContext;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Edits one procedure of the tenant's draft: its legal attributes and its ordered steps. The sum
 * of the step budgets and every rule of {@link CatalogValidation} are shown next to the fields
 * while the admin types; saving stores the draft, publishing happens from the catalog screen.
 */
@Route(value = "procedure/:id?", layout = AdminLayout.class)
public class ProcedureEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishingService publishing;
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final TextField field = new TextField();
    private final Select<OnlineLevel> onlineLevel = new Select<>();
    private final Select<AdministrativeLevel> handlingLevel = new Select<>();
    private final BigDecimalField totalDays = new BigDecimalField();
    private final Span stepSum = new Span();
    private final VerticalLayout stepRows = new VerticalLayout();
    private final List<StepRow> steps = new ArrayList<>();
    private Long procedureId;

    @Inject
    public ProcedureEditorView(PublishingService publishing, CallerContext callers) {
        this.publishing = publishing;
        Caller caller = callers.get();
        setSizeFull();
        setPadding(false);
        if (!caller.hasRole(Role.CATALOG_ADMIN)) {
            add(new Span(getTranslation("admin.forbidden")));
            return;
        }
        configureFields();
        Button addStep = new Button(getTranslation("step.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(new ProcedureDraft.Step(String.valueOf(steps.size() + 1), null, "", Role.SPECIALIST, "", null, null));
            validate();
        });
        addStep.setId("add-step");
        Button save = new Button(getTranslation("procedure.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("procedure.back"), e -> getUI().ifPresent(ui -> ui.navigate(ProceduresView.class)));

        FormLayout form = new FormLayout(name, code, field, onlineLevel, handlingLevel, totalDays);
        form.setColspan(name, 2);
        stepRows.setPadding(false);
        stepRows.setSpacing(false);
        stepSum.setId("step-sum");
        stepSum.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        VerticalLayout body = new VerticalLayout(new H2(getTranslation("procedure.editor")), form,
                new H3(getTranslation("procedure.steps")), stepRows, new HorizontalLayout(addStep, stepSum),
                new HorizontalLayout(save, back));
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (steps.isEmpty() && name.isEmpty()) {
            event.getRouteParameters().getLong("id").ifPresentOrElse(id -> load(publishing.draftProcedureFor(id)), () -> {
                addRow(new ProcedureDraft.Step("1", null, "", Role.RECEPTION, "", null, null));
                validate();
            });
        }
    }

    private void load(Procedure procedure) {
        procedureId = procedure.id();
        ProcedureDraft draft = procedure.toDraft();
        name.setValue(draft.name());
        code.setValue(Objects.requireNonNullElse(draft.nationalCode(), ""));
        field.setValue(Objects.requireNonNullElse(draft.field(), ""));
        onlineLevel.setValue(draft.onlineLevel());
        handlingLevel.setValue(draft.handlingLevel());
        totalDays.setValue(draft.totalDays());
        draft.steps().forEach(this::addRow);
        validate();
    }

    private void configureFields() {
        name.setLabel(getTranslation("procedure.name"));
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        code.setLabel(getTranslation("procedure.code"));
        code.setId("code");
        field.setLabel(getTranslation("procedure.field"));
        onlineLevel.setLabel(getTranslation("procedure.online-level"));
        onlineLevel.setId("online-level");
        onlineLevel.setItems(OnlineLevel.values());
        onlineLevel.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("online-level." + l.name()));
        onlineLevel.setValue(OnlineLevel.FULL);
        handlingLevel.setLabel(getTranslation("procedure.handling-level"));
        handlingLevel.setItems(AdministrativeLevel.values());
        handlingLevel.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("level." + l.name()));
        totalDays.setLabel(getTranslation("procedure.total-days"));
        totalDays.setId("total-days");
        totalDays.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> validate());
        code.addValueChangeListener(e -> validate());
        onlineLevel.addValueChangeListener(e -> validate());
        totalDays.addValueChangeListener(e -> validate());
    }

    private void addRow(ProcedureDraft.Step step) {
        StepRow row = new StepRow(step, this::validate, r -> {
            steps.remove(r);
            stepRows.remove(r);
            validate();
        });
        steps.add(row);
        stepRows.add(row);
    }

    private ProcedureDraft draft() {
        return new ProcedureDraft(code.getValue(), name.getValue(), field.getValue(), handlingLevel.getValue(),
                onlineLevel.getValue(), totalDays.getValue(), steps.stream().map(StepRow::toStep).toList());
    }

    /** Shows every problem next to its field; returns whether the procedure is publishable. */
    private boolean validate() {
        ProcedureDraft draft = draft();
        BigDecimal sum = draft.steps().stream()
                .filter(s -> s.parentNumber() == null && s.budgetDays() != null)
                .map(ProcedureDraft.Step::budgetDays)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        stepSum.setText(getTranslation("procedure.step-sum", sum.stripTrailingZeros().toPlainString(),
                draft.totalDays() == null ? "?" : draft.totalDays().stripTrailingZeros().toPlainString()));

        name.setInvalid(false);
        totalDays.setInvalid(false);
        onlineLevel.setInvalid(false);
        code.setInvalid(false);
        steps.forEach(StepRow::clearErrors);
        List<CatalogProblem> problems = CatalogValidation.check(draft);
        for (CatalogProblem problem : problems) {
            String text = getTranslation("problem." + problem.kind().name(), problem.args().toArray());
            switch (problem.field()) {
                case "name" -> showError(name, text);
                case "totalDays" -> showError(totalDays, text);
                case "onlineLevel" -> showError(onlineLevel, text);
                case "nationalCode" -> showError(code, text);
                default -> rowOf(problem.step()).ifPresent(row -> {
                    switch (problem.field()) {
                        case "number" -> showError(row.number, text);
                        case "actor" -> showError(row.actor, text);
                        default -> showError(row.days, text);
                    }
                });
            }
        }
        return problems.isEmpty();
    }

    private java.util.Optional<StepRow> rowOf(String number) {
        return steps.stream().filter(r -> r.number.getValue().trim().equals(number)).findFirst();
    }

    private static void showError(com.vaadin.flow.component.HasValidation field, String text) {
        if (!field.isInvalid()) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
    }

    private void save() {
        validate();
        try {
            Procedure saved = publishing.saveProcedure(procedureId, draft());
            procedureId = saved.id();
            Notification.show(getTranslation("procedure.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput e) {
            Notification.show(getTranslation("procedure.not-saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedure.editor");
    }
}
