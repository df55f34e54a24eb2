package vn.motcua.admin.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.catalog.version.CatalogProblem;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.util.Arrays;
import java.util.List;

/** Publishes the draft under a decision: number, date, effective date, what it replaces. */
class PublishDialog extends Dialog {

    PublishDialog(PublishingService publishing, Runnable published) {
        setHeaderTitle(getTranslation("publish.title"));
        TextField decision = new TextField(getTranslation("publish.decision"));
        decision.setId("decision-number");
        decision.setPlaceholder("71/QĐ-UBND");
        decision.setRequired(true);
        DatePicker signed = new DatePicker(getTranslation("publish.date"));
        signed.setId("decision-date");
        DatePicker effective = new DatePicker(getTranslation("publish.effective-from"));
        effective.setId("effective-from");
        effective.setRequired(true);
        TextField replaces = new TextField(getTranslation("publish.replaces"));
        replaces.setId("replaces");
        replaces.setPlaceholder("4324/QĐ-UBND, 2236/QĐ-UBND");
        // a draft imported from a decision's transcription already knows its number and what it replaces
        publishing.currentDraft().ifPresent(draft -> {
            if (draft.decisionNumber() != null) {
                decision.setValue(draft.decisionNumber());
            }
            replaces.setValue(String.join(", ", draft.replaces()));
        });
        Div problems = new Div();
        problems.setId("publish-problems");
        Button publish = new Button(getTranslation("publish.confirm"), e -> {
            decision.setInvalid(decision.isEmpty());
            effective.setInvalid(effective.isEmpty());
            if (decision.isEmpty() || effective.isEmpty()) {
                return;
            }
            try {
                List<String> replaced = Arrays.stream(replaces.getValue().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                publishing.publish(new LegalBasis(decision.getValue().trim(), signed.getValue(), effective.getValue(), replaced));
                close();
                published.run();
            } catch (InvalidInput invalid) {
                // a version's problems span its procedures: listed, each under its procedure, not next to a field here
                UnorderedList list = new UnorderedList();
                invalid.problems().forEach(p -> list.add(new ListItem(
                        (p instanceof CatalogProblem c && c.procedure() != null ? c.procedure() + ": " : "") + FieldErrors.text(this, p))));
                problems.removeAll();
                problems.add(new Div(getTranslation("publish.invalid")), list);
            }
        });
        publish.setId("confirm-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(decision, signed, effective, replaces), problems);
        getFooter().add(new Button(getTranslation("publish.cancel"), e -> close()), publish);
    }
}
