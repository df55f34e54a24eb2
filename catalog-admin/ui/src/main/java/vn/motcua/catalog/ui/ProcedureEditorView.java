package vn.motcua.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.component.textfield.TextArea;
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
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.NotificationChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDraft;
import vn.motcua.catalog.PublishingService;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.CallerContext;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits one procedure of the tenant's draft: its legal attributes — channels, documents, fees,
 * legal basis — and its ordered steps with their kind and outcomes. The sum of the step budgets
 * and every rule of {@link CatalogValidation} are shown next to the fields while the admin types;
 * saving stores the draft, publishing happens from the catalog screen.
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
    private final CheckboxGroup<Channel> submissionChannels = new CheckboxGroup<>();
    private final CheckboxGroup<Channel> resultChannels = new CheckboxGroup<>();
    private final CheckboxGroup<NotificationChannel> notificationChannels = new CheckboxGroup<>();
    private final TextArea legalBasis = new TextArea();
    private final Span stepSum = new Span();
    private final VerticalLayout stepRows = new VerticalLayout();
    private final List<StepRow> steps = new ArrayList<>();
    private final VerticalLayout documentRows = new VerticalLayout();
    private final List<DocumentRow> documents = new ArrayList<>();
    private final VerticalLayout feeRows = new VerticalLayout();
    private final List<FeeRow> fees = new ArrayList<>();
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
        Button addDocument = new Button(getTranslation("document.add"), VaadinIcon.PLUS.create(), e -> {
            addDocument(new RequiredDocument("", null, 1, 0, null));
            validate();
        });
        addDocument.setId("add-document");
        Button addFee = new Button(getTranslation("fee.add"), VaadinIcon.PLUS.create(), e -> {
            addFee(new Fee("", BigDecimal.ZERO, null));
            validate();
        });
        addFee.setId("add-fee");
        Button save = new Button(getTranslation("procedure.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("procedure.back"), e -> getUI().ifPresent(ui -> ui.navigate(ProceduresView.class)));

        FormLayout form = new FormLayout(name, code, field, onlineLevel, handlingLevel, totalDays);
        form.setColspan(name, 2);
        FormLayout channels = new FormLayout(submissionChannels, resultChannels, notificationChannels, legalBasis);
        channels.setColspan(legalBasis, 3);
        channels.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (VerticalLayout list : List.of(stepRows, documentRows, feeRows)) {
            list.setPadding(false);
            list.setSpacing(false);
        }
        documentRows.setId("documents");
        feeRows.setId("fees");
        stepSum.setId("step-sum");
        stepSum.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        VerticalLayout body = new VerticalLayout(new H2(getTranslation("procedure.editor")), form, channels,
                new H3(getTranslation("procedure.documents")), documentRows, addDocument,
                new H3(getTranslation("procedure.fees")), feeRows, addFee,
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
        submissionChannels.setValue(draft.submissionChannels());
        resultChannels.setValue(draft.resultChannels());
        notificationChannels.setValue(draft.notificationChannels());
        legalBasis.setValue(Objects.requireNonNullElse(draft.legalBasis(), ""));
        draft.documents().forEach(this::addDocument);
        draft.fees().forEach(this::addFee);
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
        field.setId("field");
        onlineLevel.setLabel(getTranslation("procedure.online-level"));
        onlineLevel.setId("online-level");
        onlineLevel.setItems(OnlineLevel.values());
        onlineLevel.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("online-level." + l.name()));
        onlineLevel.setValue(OnlineLevel.FULL);
        handlingLevel.setLabel(getTranslation("procedure.handling-level"));
        handlingLevel.setId("handling-level");
        handlingLevel.setItems(AdministrativeLevel.values());
        handlingLevel.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("level." + l.name()));
        totalDays.setLabel(getTranslation("procedure.total-days"));
        totalDays.setId("total-days");
        totalDays.setValueChangeMode(ValueChangeMode.EAGER);
        submissionChannels.setLabel(getTranslation("procedure.submission-channels"));
        submissionChannels.setId("submission-channels");
        submissionChannels.setItems(Channel.values());
        submissionChannels.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        resultChannels.setLabel(getTranslation("procedure.result-channels"));
        resultChannels.setId("result-channels");
        resultChannels.setItems(Channel.values());
        resultChannels.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        notificationChannels.setLabel(getTranslation("procedure.notification-channels"));
        notificationChannels.setId("notification-channels");
        notificationChannels.setItems(NotificationChannel.values());
        notificationChannels.setItemLabelGenerator(c -> getTranslation("notification." + c.name()));
        legalBasis.setLabel(getTranslation("procedure.legal-basis"));
        legalBasis.setId("legal-basis");
        legalBasis.setWidthFull();
        name.addValueChangeListener(e -> validate());
        code.addValueChangeListener(e -> validate());
        onlineLevel.addValueChangeListener(e -> validate());
        totalDays.addValueChangeListener(e -> validate());
        submissionChannels.addValueChangeListener(e -> validate());
        resultChannels.addValueChangeListener(e -> validate());
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

    private void addDocument(RequiredDocument document) {
        DocumentRow row = new DocumentRow(document, this::validate, r -> {
            documents.remove(r);
            documentRows.remove(r);
            validate();
        });
        documents.add(row);
        documentRows.add(row);
    }

    private void addFee(Fee fee) {
        FeeRow row = new FeeRow(fee, this::validate, r -> {
            fees.remove(r);
            feeRows.remove(r);
            validate();
        });
        fees.add(row);
        feeRows.add(row);
    }

    private ProcedureDraft draft() {
        return new ProcedureDraft(code.getValue(), name.getValue(), field.getValue(), handlingLevel.getValue(),
                onlineLevel.getValue(), totalDays.getValue(), steps.stream().map(StepRow::toStep).toList(),
                submissionChannels.getValue(), resultChannels.getValue(), notificationChannels.getValue(),
                documents.stream().map(DocumentRow::toDocument).toList(), fees.stream().map(FeeRow::toFee).toList(),
                legalBasis.getValue());
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

        for (HasValidation f : List.<HasValidation>of(name, totalDays, onlineLevel, code, submissionChannels, resultChannels)) {
            f.setInvalid(false);
        }
        steps.forEach(StepRow::clearErrors);
        documents.forEach(DocumentRow::clearErrors);
        fees.forEach(FeeRow::clearErrors);
        List<CatalogProblem> problems = CatalogValidation.check(draft);
        problems.forEach(this::show);
        return problems.isEmpty();
    }

    private void show(CatalogProblem problem) {
        String text = getTranslation("problem." + problem.kind().name(), problem.args().toArray());
        fieldOf(problem).ifPresent(f -> showError(f, text));
    }

    /** The field the problem concerns, where the admin sees it; a step's outcomes are unfolded to show it. */
    private Optional<HasValidation> fieldOf(CatalogProblem problem) {
        int item = problem.item() == null ? 0 : problem.item();
        return switch (problem.field()) {
            case "name" -> Optional.of(name);
            case "totalDays" -> Optional.of(totalDays);
            case "onlineLevel" -> Optional.of(onlineLevel);
            case "nationalCode" -> Optional.of(code);
            case "submissionChannels" -> Optional.of(submissionChannels);
            case "resultChannels" -> Optional.of(resultChannels);
            case "documents.name" -> item(documents, item).map(d -> d.name);
            case "documents.count" -> item(documents, item).map(DocumentRow::negativeCount);
            case "fees.description" -> item(fees, item).map(f -> f.description);
            case "fees.amount" -> item(fees, item).map(f -> f.amount);
            default -> rowOf(problem.step()).flatMap(row -> switch (problem.field()) {
                case "number" -> Optional.of(row.number);
                case "actor" -> Optional.of(row.actor);
                case "kind" -> Optional.of(row.kind);
                case "postingDays" -> Optional.of(row.postingDays);
                case "outcomes.kind", "outcomes.target" -> {
                    row.outcomesDetails.setOpened(true);
                    yield row.outcome(item).map(o -> problem.field().equals("outcomes.kind") ? o.kind : o.target);
                }
                default -> Optional.of(row.days);
            });
        };
    }

    private static <T> Optional<T> item(List<T> rows, int item) {
        return item >= 1 && item <= rows.size() ? Optional.of(rows.get(item - 1)) : Optional.empty();
    }

    private Optional<StepRow> rowOf(String number) {
        return steps.stream().filter(r -> r.number.getValue().trim().equals(number)).findFirst();
    }

    private static void showError(HasValidation field, String text) {
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
            if (e.fieldErrors().containsKey("nationalCode")) {
                showError(code, getTranslation("procedure.code-taken"));
            }
            Notification.show(getTranslation("procedure.not-saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedure.editor");
    }
}
