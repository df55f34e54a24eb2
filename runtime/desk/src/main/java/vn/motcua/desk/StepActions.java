package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.engine.command.Accept;
import vn.motcua.engine.command.Assign;
import vn.motcua.engine.command.Claim;
import vn.motcua.engine.command.CompleteStep;
import vn.motcua.engine.command.DossierCommand;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.Refuse;
import vn.motcua.engine.command.RequestSupplement;
import vn.motcua.engine.command.Resolve;
import vn.motcua.engine.command.ResumeOnSupplement;
import vn.motcua.engine.command.ReturnResult;
import vn.motcua.engine.command.ReturnToStep;
import vn.motcua.engine.command.Stop;
import vn.motcua.engine.command.Transfer;
import vn.motcua.engine.command.Withdraw;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.read.RouteStepDetails;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.web.OidcSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The actions a dossier's status allows (the engine's lifecycle table), each a button opening a
 * dialog whose fields show the engine's refusals next to them. Which step command the current
 * step takes follows the route: the reception step ends by acceptance, the result step by
 * "resolve", a step whose next one is another unit's by a transfer, any other by completion with
 * one of the step's outcomes.
 */
final class StepActions {

    private final DossierView view;
    private final DossierDetails d;
    private final List<RouteStepDetails> route;
    private final DossierCommands commands;
    private final Caller caller;
    private final OidcSettings oidc;

    StepActions(DossierView view, DossierDetails d, List<RouteStepDetails> route, DossierCommands commands, Caller caller,
                OidcSettings oidc) {
        this.view = view;
        this.d = d;
        this.route = route;
        this.commands = commands;
        this.caller = caller;
        this.oidc = oidc;
    }

    Component bar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("actions");
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Set<String> allowed = Set.copyOf(d.actions());
        String step = d.currentStep() == null ? null : d.currentStep().number();
        int current = step == null ? -1 : indexOf(step);
        int result = resultIndex();
        RouteStepDetails here = current < 0 ? null : route.get(current);
        boolean reception = "RECEPTION".equals(d.stage());

        if (allowed.contains("CLAIM") && d.currentStep() != null && d.currentStep().assignee() == null) {
            add(bar, "CLAIM", true, this::claim);
        }
        if (allowed.contains("ACCEPT")) {
            add(bar, "ACCEPT", true, this::accept);
        }
        if (allowed.contains("COMPLETE_STEP") && here != null && current > 0) {
            boolean otherUnitNext = current + 1 < route.size() && !route.get(current + 1).handlingTenant().equals(here.handlingTenant());
            if (current == result) {
                add(bar, "RESOLVE", true, this::resolve);
            } else if (current < result && otherUnitNext && allowed.contains("TRANSFER")) {
                add(bar, "TRANSFER", true, () -> transfer(route.get(current + 1)));
            } else if (current < result) {
                add(bar, "COMPLETE_STEP", true, () -> complete(here));
            }
        }
        if (allowed.contains("RETURN_TO_STEP") && here != null && !earlier(current, here).isEmpty()) {
            add(bar, "RETURN_TO_STEP", false, () -> returnTo(earlier(current, here)));
        }
        if (allowed.contains("RETURN_RESULT")) {
            add(bar, "RETURN_RESULT", true, this::returnResult);
        }
        if (allowed.contains("REQUEST_SUPPLEMENT") && (reception || here != null && allows(here, OutcomeKind.SUPPLEMENT))) {
            add(bar, "REQUEST_SUPPLEMENT", false, this::requestSupplement);
        }
        if (allowed.contains("RESUME_ON_SUPPLEMENT")) {
            add(bar, "RESUME_ON_SUPPLEMENT", true, this::resume);
        }
        if (allowed.contains("ASSIGN") && caller.hasRole(Role.LEADER) && d.currentStep() != null) {
            add(bar, "ASSIGN", false, this::assign);
        }
        if (allowed.contains("REFUSE") && (reception || here != null && allows(here, OutcomeKind.REFUSE))) {
            add(bar, "REFUSE", false, () -> reasonsOnly("REFUSE", reasons -> new Refuse(d.code(), d.version(), reasons)));
        }
        if (allowed.contains("WITHDRAW")) {
            add(bar, "WITHDRAW", false, () -> reasonsOnly("WITHDRAW", reasons -> new Withdraw(d.code(), d.version(), reasons)));
        }
        if (allowed.contains("STOP") && caller.hasRole(Role.LEADER)) {
            add(bar, "STOP", false, () -> reasonsOnly("STOP", reasons -> new Stop(d.code(), d.version(), reasons)));
        }
        return bar;
    }

    private void add(HorizontalLayout bar, String command, boolean primary, Runnable open) {
        Button button = new Button(view.getTranslation("command." + command), e -> open.run());
        button.setId("action-" + command);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        bar.add(button);
    }

    // ---------------------------------------------------------------- the dialogs

    private void claim() {
        Form form = new Form("CLAIM");
        form.content.add(new Paragraph(view.getTranslation("claim.text", d.currentStep().step(), d.code())));
        form.open(() -> new Claim(d.code(), d.version(), d.currentStep().number()));
    }

    private void transfer(RouteStepDetails next) {
        Form form = new Form("TRANSFER");
        form.content.add(new Paragraph(view.getTranslation("transfer.text", d.code(),
                view.tenantName(next.handlingTenant()) + " (" + next.number() + ")")));
        form.open(() -> new Transfer(d.code(), d.version(), d.currentStep().number()));
    }

    private void accept() {
        Form form = new Form("ACCEPT");
        CheckboxGroup<String> documents = documents("reception.documents", d.documents());
        form.problems.bind("documents", documents);
        form.content.add(documents);
        form.open(() -> {
            DocumentChecklist checklist = DocumentChecklist.empty();
            for (String doc : documents.getValue()) {
                checklist = checklist.presented(doc);
            }
            return new Accept(d.code(), d.version(), checklist);
        });
    }

    private void complete(RouteStepDetails step) {
        Form form = new Form("COMPLETE_STEP");
        List<StepOutcome> outcomes = step.outcomes().stream().filter(o -> o.kind() == OutcomeKind.PROCEED || o.kind() == OutcomeKind.RETURN).toList();
        Select<StepOutcome> outcome = new Select<>();
        outcome.setId("field-outcome");
        outcome.setLabel(view.getTranslation("field.outcome"));
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(o -> o.label() != null ? o.label() : view.getTranslation("outcome." + o.kind())
                + (o.targetStep() == null ? "" : " → " + o.targetStep()));
        outcome.setWidthFull();
        outcomes.stream().filter(o -> o.kind() == OutcomeKind.PROCEED).findFirst().ifPresent(outcome::setValue);
        form.problems.bind("outcome", outcome);
        form.problems.bind("target", outcome);
        TextArea reasons = reasons(form);
        if (!outcomes.isEmpty()) {
            form.content.add(outcome);
        }
        form.content.add(reasons);
        form.open(() -> {
            StepOutcome chosen = outcome.getValue();
            return new CompleteStep(d.code(), d.version(), d.currentStep().number(),
                    chosen == null ? null : chosen.kind(), chosen == null ? null : chosen.targetStep(), lines(reasons));
        });
    }

    private void resolve() {
        Form form = new Form("RESOLVE");
        TextField note = new TextField(view.getTranslation("field.note"));
        note.setId("field-note");
        note.setWidthFull();
        form.problems.bind("note", note);
        form.content.add(note);
        form.open(() -> new Resolve(d.code(), d.version(), d.currentStep().number(), note.getValue().isBlank() ? null : note.getValue().strip()));
    }

    private void returnTo(List<RouteStepDetails> earlier) {
        Form form = new Form("RETURN_TO_STEP");
        Select<RouteStepDetails> target = new Select<>();
        target.setId("field-target");
        target.setLabel(view.getTranslation("field.target"));
        target.setItems(earlier);
        target.setItemLabelGenerator(s -> s.number() + " · " + shorten(s.content()));
        target.setWidthFull();
        form.problems.bind("target", target);
        TextArea reasons = reasons(form);
        form.content.add(target, reasons);
        form.open(() -> {
            if (target.getValue() == null) {
                form.problems.show("target", view.getTranslation("error.target"));
                return null;
            }
            return new ReturnToStep(d.code(), d.version(), d.currentStep().number(), target.getValue().number(), lines(reasons));
        });
    }

    private void requestSupplement() {
        Form form = new Form("REQUEST_SUPPLEMENT");
        CheckboxGroup<String> missing = documents("field.missing", d.documents());
        form.problems.bind("missingDocuments", missing);
        form.problems.bind("documents", missing);
        TextArea reasons = reasons(form);
        form.content.add(missing, reasons);
        form.open(() -> new RequestSupplement(d.code(), d.version(),
                d.documents().stream().filter(missing.getValue()::contains).toList(), lines(reasons)));
    }

    private void resume() {
        Form form = new Form("RESUME_ON_SUPPLEMENT");
        CheckboxGroup<String> added = documents("field.documents-added", d.documents());
        form.problems.bind("documentsAdded", added);
        form.content.add(added);
        form.open(() -> new ResumeOnSupplement(d.code(), d.version(),
                d.documents().stream().filter(added.getValue()::contains).toList()));
    }

    private void assign() {
        Form form = new Form("ASSIGN");
        TextField assignee = new TextField(view.getTranslation("field.assignee"));
        assignee.setId("field-assignee");
        assignee.setWidthFull();
        form.problems.bind("assignee", assignee);
        form.content.add(assignee);
        form.open(() -> new Assign(d.code(), d.version(), d.currentStep().number(), assignee.getValue().strip()));
    }

    private void returnResult() {
        Form form = new Form("RETURN_RESULT");
        Select<Channel> channel = new Select<>();
        channel.setId("field-channel");
        channel.setLabel(view.getTranslation("field.result-channel"));
        channel.setItems(Arrays.asList(Channel.values()));
        channel.setItemLabelGenerator(c -> view.getTranslation("channel." + c.name()));
        channel.setValue(Channel.IN_PERSON);
        channel.setWidthFull();
        TextField receiver = new TextField(view.getTranslation("field.receiver"));
        receiver.setId("field-receiver");
        receiver.setValue(d.applicant().name());
        receiver.setWidthFull();
        TextField reference = new TextField(view.getTranslation("field.reference"));
        reference.setId("field-reference");
        reference.setWidthFull();
        form.problems.bind("channel", channel);
        form.problems.bind("receiver", receiver);
        form.problems.bind("reference", reference);
        form.content.add(channel, receiver, reference);
        form.open(() -> new ReturnResult(d.code(), d.version(), new ResultDelivery(channel.getValue(),
                receiver.getValue().strip(), reference.getValue().isBlank() ? null : reference.getValue().strip())));
    }

    private void reasonsOnly(String command, java.util.function.Function<List<String>, DossierCommand> build) {
        Form form = new Form(command);
        TextArea reasons = reasons(form);
        form.content.add(reasons);
        form.open(() -> build.apply(lines(reasons)));
    }

    // ---------------------------------------------------------------- helpers

    private TextArea reasons(Form form) {
        TextArea reasons = new TextArea(view.getTranslation("field.reasons"));
        reasons.setId("field-reasons");
        reasons.setHelperText(view.getTranslation("field.reasons.help"));
        reasons.setWidthFull();
        reasons.setMinHeight("6rem");
        form.problems.bind("reasons", reasons);
        return reasons;
    }

    private CheckboxGroup<String> documents(String labelKey, List<String> names) {
        CheckboxGroup<String> group = new CheckboxGroup<>(view.getTranslation(labelKey));
        group.setId("field-documents");
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(names);
        group.setWidthFull();
        return group;
    }

    private static List<String> lines(TextArea area) {
        return area.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private int indexOf(String number) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    /** The last counted step: its end ends the processing (resolve). */
    private int resultIndex() {
        for (int i = route.size() - 1; i >= 0; i--) {
            if (route.get(i).budgetQuarters() != null) {
                return i;
            }
        }
        return route.size() - 1;
    }

    /** The steps a return may go back to: the current unit's earlier ones, never the reception step. */
    private List<RouteStepDetails> earlier(int current, RouteStepDetails here) {
        return current <= 1 ? List.of() : route.subList(1, current).stream()
                .filter(s -> s.handlingTenant().equals(here.handlingTenant())).toList();
    }

    private static boolean allows(RouteStepDetails step, OutcomeKind kind) {
        return step.outcomes().stream().anyMatch(o -> o.kind() == kind);
    }

    /** A dialog for one command: its fields, its error line, cancel and confirm. */
    private final class Form {

        final Dialog dialog = new Dialog();
        final VerticalLayout content = new VerticalLayout();
        final Problems problems = new Problems(view);

        Form(String command) {
            dialog.setId("dialog-" + command);
            dialog.setHeaderTitle(view.getTranslation("command." + command) + " · " + d.code());
            dialog.setWidth("min(40rem, 95vw)");
            dialog.setMaxHeight("95vh");
            content.setPadding(false);
            dialog.add(content);
        }

        /** Opens the dialog; confirming runs the command built by {@code build} (null: the form said what is wrong). */
        void open(Supplier<DossierCommand> build) {
            content.add(problems.line());
            Button cancel = new Button(view.getTranslation("action.cancel"), e -> dialog.close());
            cancel.setId("dialog-cancel");
            Button confirm = new Button(view.getTranslation("action.confirm"));
            confirm.setId("dialog-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> {
                problems.clear();
                DossierCommand command;
                try {
                    command = build.get();
                } catch (RuntimeException invalid) {
                    problems.showRefusal(invalid);
                    return;
                }
                if (command == null) {
                    return;
                }
                problems.run(() -> commands.execute(command, Clients.current(oidc))).ifPresent(done -> {
                    dialog.close();
                    Notification note = Notification.show(view.getTranslation("action.done"), 3000, Notification.Position.BOTTOM_START);
                    note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    view.show();
                });
            });
            dialog.getFooter().add(cancel, confirm);
            dialog.open();
        }
    }

}
