package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Texts;
import vn.motcua.admin.WorkingDaysField;
import vn.motcua.admin.adoption.AdoptionView;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogProblem;
import vn.motcua.catalog.version.CatalogValidation;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AccessGate;
import vn.motcua.web.FieldErrors;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One procedure: its legal attributes — channels, documents, fees, legal basis — and its ordered
 * steps with their kind and outcomes.
 *
 * <p>A procedure of the tenant's open draft is edited here: the sum of the step budgets and every
 * rule of {@link CatalogValidation} are shown next to the fields as the admin types — a rule about
 * a field left empty once the admin tries to save, so a new form does not open full of errors —
 * and saving stores the draft; publishing happens from the catalog screen. A published procedure,
 * or one of the catalog above that the tenant adopts, opens read-only: reading changes nothing.
 * "Edit" opens the draft (a copy of the published version when there is none yet) on its copy.
 */
@Route(value = "procedure/:id?", layout = AdminLayout.class)
public class ProcedureEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishingService publishing;
    private final CatalogService catalog;
    private final TenantDirectory tenants;
    private final Caller caller;
    private final TextArea name = new TextArea();
    private final TextField code = new TextField();
    private final TextField field = new TextField();
    private final Select<OnlineLevel> onlineLevel = new Select<>();
    private final Select<AdministrativeLevel> handlingLevel = new Select<>();
    private final WorkingDaysField totalDays = new WorkingDaysField();
    private final CheckboxGroup<Channel> submissionChannels = new CheckboxGroup<>();
    private final CheckboxGroup<Channel> resultChannels = new CheckboxGroup<>();
    private final CheckboxGroup<NotificationChannel> notificationChannels = new CheckboxGroup<>();
    private final TextArea legalBasis = new TextArea();
    private final Span stepSum = new Span();
    private final RowList<StepRow> steps = new RowList<>(this::validate);
    private final RowList<DocumentRow> documents = new RowList<>(this::validate);
    private final RowList<FeeRow> fees = new RowList<>(this::validate);
    private final Paragraph status = new Paragraph();
    /** Problems next to their fields, by the key the API also names them by ({@link CatalogProblem#field()}). */
    private final FieldErrors errors = new FieldErrors(this);
    private final HorizontalLayout actions = new HorizontalLayout();
    private final List<Component> editing = new ArrayList<>();
    private Long procedureId;
    private boolean loaded;
    private boolean loading;
    private boolean editable = true;
    /** Whether rules about empty fields show too: on a stored draft procedure, and once the admin tried to save. */
    private boolean showAll;

    @Inject
    public ProcedureEditorView(PublishingService publishing, CatalogService catalog, TenantDirectory tenants, CallerContext callers) {
        this.publishing = publishing;
        this.catalog = catalog;
        this.tenants = tenants;
        this.caller = callers.get();
        setSizeFull();
        setPadding(false);
        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) {
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
        back.setId("back");
        editing.addAll(List.of(addStep, addDocument, addFee, save));

        FormLayout form = new FormLayout(name, code, field, onlineLevel, handlingLevel, totalDays);
        form.setColspan(name, 2);
        FormLayout channels = new FormLayout(submissionChannels, resultChannels, notificationChannels, legalBasis);
        channels.setColspan(legalBasis, 3);
        channels.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        documents.layout().setId("documents");
        fees.layout().setId("fees");
        steps.layout().setId("steps");
        stepSum.setId("step-sum");
        stepSum.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        status.setId("procedure-status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        status.setVisible(false);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div stepTable = new Div(StepRow.header(this), steps.layout());
        stepTable.addClassName("step-table");
        HorizontalLayout stepFooter = new HorizontalLayout(addStep, stepSum);
        stepFooter.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(new H2(getTranslation("procedure.editor")), status, actions, form, channels,
                new H3(getTranslation("procedure.documents")), documents.layout(), addDocument,
                new H3(getTranslation("procedure.fees")), fees.layout(), addFee,
                new H3(getTranslation("procedure.steps")), stepTable, stepFooter,
                new HorizontalLayout(save, back));
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!caller.hasRole(Role.CATALOG_ADMIN)) {
            return;
        }
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (loaded && Objects.equals(id.orElse(null), procedureId)) {
            return;
        }
        clear();
        loaded = true;
        if (id.isEmpty()) {
            addRow(new ProcedureDraft.Step("1", null, "", Role.RECEPTION, "", null, null));
            validate();
            return;
        }
        Procedure procedure = catalog.procedure(id.get());
        load(procedure);
        boolean own = procedure.tenantId().equals(caller.tenantId());
        if (own && !procedure.version().isPublished()) {
            showAll = true;
            validate();
        } else {
            showReadOnly(procedure, own);
            validate();
        }
    }

    /**
     * Shows a procedure the admin reads but does not edit here: a published one of the tenant's own
     * catalog, which "Edit" opens in the draft, or one of the catalog above, which the tenant shapes
     * on the adoption screen.
     */
    private void showReadOnly(Procedure procedure, boolean own) {
        editable = false;
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(name, code, field, onlineLevel, handlingLevel, totalDays, submissionChannels,
                resultChannels, notificationChannels, legalBasis)) {
            f.setReadOnly(true);
        }
        steps.setReadOnly(true);
        documents.setReadOnly(true);
        fees.setReadOnly(true);
        editing.forEach(c -> c.setVisible(false));
        String decision = Objects.requireNonNullElse(procedure.version().decisionNumber(), "");
        status.setVisible(true);
        if (own) {
            status.setText(getTranslation("procedure.read-only", decision));
            Button edit = new Button(getTranslation("procedure.edit"), VaadinIcon.EDIT.create(), e -> {
                Procedure copy = publishing.draftProcedureFor(procedureId);
                getUI().ifPresent(ui -> ui.navigate("procedure/" + copy.id()));
            });
            edit.setId("edit-procedure");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        } else {
            String above = tenants.find(procedure.tenantId()).map(Tenant::name).orElse(procedure.tenantId());
            status.setText(getTranslation("procedure.adopted", above, decision));
            Button adoption = new Button(getTranslation("nav.adoption"), VaadinIcon.CONNECT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(AdoptionView.class)));
            adoption.setId("open-adoption");
            actions.add(adoption);
        }
    }

    private void clear() {
        procedureId = null;
        editable = true;
        showAll = false;
        steps.clear();
        documents.clear();
        fees.clear();
        actions.removeAll();
        status.setVisible(false);
        editing.forEach(c -> c.setVisible(true));
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(name, code, field, handlingLevel, totalDays, submissionChannels,
                resultChannels, notificationChannels, legalBasis)) {
            f.setReadOnly(false);
            f.clear();
        }
        onlineLevel.setReadOnly(false);
        onlineLevel.setValue(OnlineLevel.FULL);
    }

    private void load(Procedure procedure) {
        loading = true;
        try {
            fill(procedure);
        } finally {
            loading = false;
        }
    }

    private void fill(Procedure procedure) {
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
    }

    private void configureFields() {
        errors.bind("name", name);
        errors.bind("nationalCode", code);
        errors.bind("onlineLevel", onlineLevel);
        errors.bind("totalDays", totalDays);
        errors.bind("submissionChannels", submissionChannels);
        errors.bind("resultChannels", resultChannels);
        errors.bind(this::rowFieldOf);
        name.setLabel(getTranslation("procedure.name"));
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        name.setMinRows(1); // a long name wraps and is read whole
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
        steps.add(new StepRow(step, this::validate));
    }

    private void addDocument(RequiredDocument document) {
        documents.add(new DocumentRow(document, this::validate));
    }

    private void addFee(Fee fee) {
        fees.add(new FeeRow(fee, this::validate));
    }

    /** The procedure as typed; a step line left as it came is no step. */
    private ProcedureDraft draft() {
        // the name field wraps a long name; a line break typed in it is a space of the name
        return new ProcedureDraft(code.getValue(), name.getValue().replaceAll("\\s*\\R\\s*", " "), field.getValue(), handlingLevel.getValue(),
                onlineLevel.getValue(), totalDays.getValue(), steps.rows().stream().filter(r -> !r.isBlank()).map(StepRow::toStep).toList(),
                submissionChannels.getValue(), resultChannels.getValue(), notificationChannels.getValue(),
                documents.rows().stream().map(DocumentRow::toDocument).toList(), fees.rows().stream().map(FeeRow::toFee).toList(),
                legalBasis.getValue());
    }

    /** Shows the sum of the steps and every problem next to its field; returns whether the procedure is publishable. */
    private boolean validate() {
        ProcedureDraft draft = draft();
        stepSum.setText(getTranslation("procedure.step-sum", days(draft.stepsDays()), draft.totalDays() == null ? "?" : days(draft.totalDays())));
        Texts.clear(name, totalDays, onlineLevel, code, submissionChannels, resultChannels);
        steps.clearErrors();
        documents.clearErrors();
        fees.clearErrors();
        // a procedure half loaded is no procedure to judge; one only read has nothing to correct
        if (loading || !editable) {
            return true;
        }
        List<CatalogProblem> problems = CatalogValidation.check(draft);
        problems.forEach(this::show);
        return problems.isEmpty();
    }

    private void show(CatalogProblem problem) {
        errors.fieldOf(problem.field())
                .filter(f -> showAll || !((HasValue<?, ?>) f).isEmpty())
                .ifPresent(f -> Texts.error(f, FieldErrors.text(this, problem)));
    }

    private String days(BigDecimal days) {
        return WorkingDaysFormat.format(days, getLocale());
    }

    /** The field of a row a problem's key names, where the admin sees it; a step's outcomes are unfolded to show it. */
    private Optional<? extends HasValidation> rowFieldOf(String key) {
        return EditorPlace.of(key).flatMap(place -> switch (place.part()) {
            case PROCEDURE -> Optional.empty(); // bound by key in configureFields
            case DOCUMENT -> documents.at(place.row()).map(d -> "count".equals(place.attribute()) ? d.negativeCount() : d.name);
            case FEE -> fees.at(place.row()).map(f -> "amount".equals(place.attribute()) ? f.amount : f.description);
            case STEP -> rowOf(place.at()).flatMap(row -> switch (place.attribute()) {
                case "number" -> Optional.of(row.number);
                case "actor" -> Optional.of(row.actor);
                case "content" -> Optional.of(row.content);
                case "kind" -> Optional.of(row.kind);
                case "postingDays" -> Optional.of(row.postingDays);
                case "outcomes" -> {
                    row.outcomesDetails.setOpened(true);
                    yield row.outcome(place.item()).map(o -> "kind".equals(place.itemAttribute()) ? o.kind : o.target);
                }
                default -> Optional.of(row.days);
            });
        });
    }

    private Optional<StepRow> rowOf(String number) {
        return steps.rows().stream().filter(r -> !r.isBlank() && r.number.getValue().trim().equals(number)).findFirst();
    }

    private void save() {
        showAll = true;
        validate();
        boolean unreadable = totalDays.isUnreadable()
                || steps.rows().stream().anyMatch(r -> r.days.isUnreadable() || r.postingDays.isUnreadable());
        if (unreadable) {
            notSaved();
            return;
        }
        try {
            Procedure saved = publishing.saveProcedure(procedureId, draft());
            procedureId = saved.id();
            // what is on screen is what was stored: the lines left blank were no steps
            steps.rows().stream().filter(StepRow::isBlank).toList().forEach(steps::remove);
            Notification.show(getTranslation("procedure.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput e) {
            errors.show(e);
            notSaved();
        }
    }

    private void notSaved() {
        Notification.show(getTranslation("procedure.not-saved"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedure.editor");
    }
}
