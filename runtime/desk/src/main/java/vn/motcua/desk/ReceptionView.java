package vn.motcua.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.engine.command.Accept;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.Receive;
import vn.motcua.engine.command.RequestSupplement;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.web.AccessGate;
import vn.motcua.web.OidcSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The reception form (tiếp nhận hồ sơ): the procedure from the unit's effective catalog, found by
 * name or code whatever the diacritics typed; its required documents (thành phần hồ sơ) ticked as
 * the citizen hands them over — accepting waits for all of them, and "Yêu cầu bổ sung" names what
 * is missing; the applicant; the channel; and the appointment the engine's working-day clock gives
 * were it accepted now. Saving receives the dossier and accepts it or asks for the supplement, and
 * shows its code.
 */
@Route(value = "reception", layout = DeskLayout.class)
public class ReceptionView extends VerticalLayout implements HasDynamicTitle {

    private final DossierCommands commands;
    private final OidcSettings oidc;
    private final Problems problems = new Problems(this);

    private final ComboBox<EffectiveProcedure> procedure = new ComboBox<>();
    private final CheckboxGroup<RequiredDocument> documents = new CheckboxGroup<>();
    private final Paragraph missing = new Paragraph();
    private final Paragraph chosenName = new Paragraph();
    private final Button change = new Button();
    private final TextField name = new TextField();
    private final TextField identity = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField address = new TextField();
    private final Select<Channel> channel = new Select<>();
    private final Span appointment = new Span();
    private final TextArea supplementReasons = new TextArea();
    private final Button accept = new Button();
    private final Button supplement = new Button();
    private final Div result = new Div();
    private final VerticalLayout form = new VerticalLayout();

    @Inject
    public ReceptionView(DossierQueries queries, DossierCommands commands, CallerContext callers, OidcSettings oidc) {
        this.commands = commands;
        this.oidc = oidc;
        Caller caller = callers.get();
        if (!AccessGate.admits(this, caller, "desk.forbidden", Role.RECEPTION)) {
            return;
        }
        setMaxWidth("64rem");
        H2 title = new H2(getTranslation("nav.reception"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);

        procedure.setId("procedure");
        procedure.setLabel(getTranslation("reception.procedure"));
        procedure.setPlaceholder(getTranslation("reception.procedure.placeholder"));
        procedure.setWidthFull();
        procedure.setItemLabelGenerator(p -> p.name() + (p.nationalCode() == null ? "" : " (" + p.nationalCode() + ")"));
        procedure.setItems((p, typed) -> matches(p, typed), queries.receivable());
        procedure.addValueChangeListener(e -> procedureChosen(e.getValue()));
        // a procedure's name runs to two lines, more than a field shows: once chosen it is written out whole
        chosenName.setId("chosen-procedure");
        chosenName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        change.setId("change-procedure");
        change.setText(getTranslation("reception.change"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClickListener(e -> {
            procedure.setVisible(true);
            chosenName.setVisible(false);
            change.setVisible(false);
        });
        problems.bind("procedure", procedure);

        documents.setId("documents");
        documents.setLabel(getTranslation("reception.documents"));
        documents.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        documents.setItemLabelGenerator(d -> d.name() + (d.note() == null ? "" : " — " + d.note()));
        documents.setWidthFull();
        documents.addValueChangeListener(e -> checkCompleteness());
        problems.bind("documents", documents);
        missing.setId("missing-documents");
        missing.addClassName("missing-documents");

        name.setId("applicant-name");
        name.setLabel(getTranslation("reception.name"));
        name.setRequiredIndicatorVisible(true);
        identity.setId("applicant-identity");
        identity.setLabel(getTranslation("reception.identity"));
        phone.setId("applicant-phone");
        phone.setLabel(getTranslation("reception.phone"));
        email.setId("applicant-email");
        email.setLabel(getTranslation("reception.email"));
        address.setId("applicant-address");
        address.setLabel(getTranslation("reception.address"));
        problems.bind("applicant.name", name);
        problems.bind("applicant.identityNumber", identity);
        problems.bind("applicant.phone", phone);
        problems.bind("applicant.email", email);
        problems.bind("applicant.address", address);
        channel.setId("channel");
        channel.setLabel(getTranslation("reception.channel"));
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        problems.bind("channel", channel);
        FormLayout applicant = new FormLayout(name, identity, phone, email, address, channel);
        applicant.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        applicant.setColspan(address, 2);

        appointment.setId("appointment-preview");
        appointment.addClassNames(LumoUtility.FontWeight.SEMIBOLD);

        supplementReasons.setId("supplement-reasons");
        supplementReasons.setLabel(getTranslation("reception.supplement-reasons"));
        supplementReasons.setValue(getTranslation("reception.supplement-default"));
        supplementReasons.setWidthFull();
        problems.bind("reasons", supplementReasons);

        accept.setId("accept");
        accept.setText(getTranslation("reception.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> save(true));
        supplement.setId("request-supplement");
        supplement.setText(getTranslation("reception.supplement"));
        supplement.addClickListener(e -> save(false));
        HorizontalLayout buttons = new HorizontalLayout(accept, supplement);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);

        H3 who = new H3(getTranslation("reception.applicant"));
        who.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        form.setPadding(false);
        form.add(procedure, chosenName, change, documents, missing, who, applicant, appointment, supplementReasons, problems.line(), buttons);
        result.setId("reception-result");
        result.setVisible(false);
        add(title, result, form);
        procedureChosen(null);
    }

    private void procedureChosen(EffectiveProcedure chosen) {
        procedure.setVisible(chosen == null);
        chosenName.setText(chosen == null ? "" : procedure.getItemLabelGenerator().apply(chosen));
        chosenName.setVisible(chosen != null);
        change.setVisible(chosen != null);
        documents.setItems(chosen == null ? List.of() : chosen.documents());
        documents.setHelperText(chosen != null && chosen.documents().isEmpty() ? getTranslation("reception.no-documents") : null);
        Set<Channel> channels = chosen == null || chosen.submissionChannels().isEmpty()
                ? Set.of(Channel.values()) : chosen.submissionChannels();
        List<Channel> offered = Arrays.stream(Channel.values()).filter(channels::contains).toList();
        channel.setItems(offered);
        channel.setValue(offered.contains(Channel.IN_PERSON) ? Channel.IN_PERSON : offered.get(0));
        if (chosen == null) {
            appointment.setText("");
        } else {
            problems.run(() -> commands.appointmentPreview(chosen.provinceProcedureId()))
                    .ifPresent(at -> appointment.setText(getTranslation("reception.appointment", Texts.day(this, at))));
        }
        checkCompleteness();
    }

    /** Accepting waits for every document; the supplement names what is missing. */
    private void checkCompleteness() {
        List<String> lacking = lacking();
        boolean chosen = procedure.getValue() != null;
        accept.setEnabled(chosen && lacking.isEmpty());
        supplement.setEnabled(chosen && !lacking.isEmpty());
        supplementReasons.setVisible(chosen && !lacking.isEmpty());
        missing.setText(!chosen ? "" : lacking.isEmpty() ? getTranslation("reception.complete")
                : getTranslation("reception.missing") + " " + String.join("; ", lacking));
        missing.getStyle().set("color", lacking.isEmpty() ? "var(--lumo-success-text-color)" : null);
    }

    private List<String> lacking() {
        EffectiveProcedure chosen = procedure.getValue();
        if (chosen == null) {
            return List.of();
        }
        Set<RequiredDocument> ticked = documents.getValue();
        return chosen.documents().stream().filter(d -> !ticked.contains(d)).map(RequiredDocument::name).toList();
    }

    private void save(boolean accepting) {
        problems.clear();
        EffectiveProcedure chosen = procedure.getValue();
        if (chosen == null) {
            problems.show("procedure", getTranslation("error.procedure"));
            return;
        }
        List<String> lacking = lacking();
        if (!accepting && supplementReasons.getValue().isBlank()) {
            // checked here too: a reception saved without its supplement request would wait in the wrong status
            problems.show("reasons", getTranslation("error.reasons"));
            return;
        }
        var client = Clients.current(oidc);
        problems.run(() -> {
            Applicant applicant = new Applicant(name.getValue(), blank(identity), blank(address), blank(phone), blank(email), null);
            DossierDetails received = commands.receive(new Receive(chosen.provinceProcedureId(), channel.getValue(), applicant), client);
            if (accepting) {
                DocumentChecklist checklist = DocumentChecklist.allPresented(chosen.documents());
                return commands.execute(new Accept(received.code(), received.version(), checklist), client);
            }
            List<String> reasons = supplementReasons.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return commands.execute(new RequestSupplement(received.code(), received.version(), lacking, reasons), client);
        }).ifPresent(this::saved);
    }

    private void saved(DossierDetails dossier) {
        result.removeAll();
        Span code = new Span(dossier.code());
        code.setId("received-code");
        code.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        Paragraph saved = new Paragraph(getTranslation("reception.saved", ""));
        saved.add(code);
        saved.addClassName(LumoUtility.Margin.NONE);
        Paragraph next = new Paragraph(dossier.appointment() != null
                ? getTranslation("reception.saved-appointment", Texts.day(this, dossier.appointment()))
                : getTranslation("reception.saved-supplement", String.join("; ", lacking())));
        RouterLink open = new RouterLink(getTranslation("dossier.open"), DossierView.class, dossier.code());
        open.setId("open-received");
        Button another = new Button(getTranslation("reception.new"), e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        another.setId("receive-another");
        result.add(saved, next, new HorizontalLayout(open, another));
        result.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        result.setWidthFull();
        result.setVisible(true);
        form.setVisible(false);
    }

    private static String blank(TextField field) {
        String v = field.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    /** Whether the procedure's name or code contains {@code typed}, diacritics and case aside ("tham vieng" finds "Thăm viếng"). */
    private static boolean matches(EffectiveProcedure p, String typed) {
        return Diacritics.contains(p.name(), typed) || p.nationalCode() != null && Diacritics.contains(p.nationalCode(), typed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reception") + " · Motcua";
    }
}
