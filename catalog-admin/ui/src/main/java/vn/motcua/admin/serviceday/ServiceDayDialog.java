package vn.motcua.admin.serviceday;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.admin.Texts;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayDraft.Covered;
import vn.motcua.catalog.serviceday.ServiceDayDraft;
import vn.motcua.catalog.serviceday.ServiceDayMode;
import vn.motcua.catalog.serviceday.ServiceDayProblem;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Creates or edits one service day: name, weekday (among the tenant's working weekdays), mode,
 * description, and the procedures it covers — picked from the tenant's effective catalog, or typed
 * in for those the plan lists but the catalog does not hold. Each problem shows on its field.
 */
class ServiceDayDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final Select<ServiceDayMode> mode = new Select<>();
    private final TextArea description = new TextArea();
    private final ComboBox<EffectiveProcedure> fromCatalog = new ComboBox<>();
    private final TextField freeField = new TextField();
    private final TextField freeName = new TextField();
    private final Grid<Covered> covered = new Grid<>();
    private final List<Covered> entries = new ArrayList<>();
    private final Set<DayOfWeek> workingWeekdays;

    /**
     * @param save stores the draft under the day's id (null for a new day): the stored day, null
     *             when it could not be stored, or {@link InvalidInput}
     */
    ServiceDayDialog(ServiceDay day, List<EffectiveProcedure> catalog, Set<DayOfWeek> workingWeekdays,
                     BiFunction<Long, ServiceDayDraft, ServiceDay> save, Runnable delete, Runnable done) {
        this.workingWeekdays = workingWeekdays;
        setHeaderTitle(getTranslation(day == null ? "service-day.new" : "service-day.edit"));
        setWidth("min(64em, 95vw)");
        name.setId("service-day-name");
        name.setLabel(getTranslation("service-day.name"));
        name.setRequiredIndicatorVisible(true);
        weekday.setId("service-day-weekday");
        weekday.setLabel(getTranslation("service-day.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d == null ? "" : Texts.weekday(this, d)
                + (workingWeekdays.contains(d) ? "" : " — " + getTranslation("service-day.not-working")));
        mode.setId("service-day-mode");
        mode.setLabel(getTranslation("service-day.mode"));
        mode.setItems(ServiceDayMode.values());
        mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation("service-day.mode." + m.name()));
        description.setId("service-day-description");
        description.setLabel(getTranslation("service-day.description"));

        fromCatalog.setId("service-day-procedure");
        fromCatalog.setLabel(getTranslation("service-day.from-catalog"));
        fromCatalog.setItems((p, filter) -> SearchText.fold(p.name() + " " + (p.nationalCode() == null ? "" : p.nationalCode()))
                .contains(SearchText.fold(filter)), catalog);
        fromCatalog.setItemLabelGenerator(EffectiveProcedure::name);
        fromCatalog.setWidth("min(36em, 100%)");
        Button addFromCatalog = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> {
            EffectiveProcedure p = fromCatalog.getValue();
            if (p == null) {
                Texts.error(fromCatalog, getTranslation("service-day.pick-one"));
            } else if (addEntry(new Covered(p.field(), p.name(), p.nationalCode()), fromCatalog)) {
                fromCatalog.clear();
            }
        });
        addFromCatalog.setId("add-catalog-procedure");
        freeField.setId("free-field");
        freeField.setLabel(getTranslation("service-day.field"));
        freeName.setId("free-name");
        freeName.setLabel(getTranslation("service-day.free-name"));
        freeName.setWidth("min(28em, 100%)");
        Button addFree = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> {
            if (freeName.getValue().isBlank()) {
                Texts.error(freeName, getTranslation("service-day.problem.PROCEDURE_NAME_MISSING"));
            } else if (addEntry(new Covered(freeField.getValue(), freeName.getValue(), null), freeName)) {
                freeName.clear();
            }
        });
        addFree.setId("add-free-procedure");

        covered.setId("service-day-procedures");
        covered.setAllRowsVisible(true);
        covered.addColumn(c -> c.field() == null ? "" : c.field()).setHeader(getTranslation("service-day.field")).setAutoWidth(true);
        covered.addColumn(Covered::name).setHeader(getTranslation("procedure.name")).setFlexGrow(3);
        covered.addColumn(c -> c.nationalCode() == null ? getTranslation("service-day.typed-in") : c.nationalCode())
                .setHeader(getTranslation("procedure.code")).setAutoWidth(true);
        covered.addComponentColumn(c -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                entries.remove(c);
                covered.setItems(entries);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("step.remove"));
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);

        // sent as typed: a button clicked right after typing must see the text
        for (HasValueChangeMode field : List.of(name, description, freeField, freeName)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        if (day != null) {
            ServiceDayDraft draft = day.toDraft();
            name.setValue(draft.name());
            weekday.setValue(draft.weekday());
            mode.setValue(draft.mode());
            description.setValue(draft.description() == null ? "" : draft.description());
            entries.addAll(draft.procedures());
        }
        covered.setItems(entries);

        FormLayout form = new FormLayout(name, weekday, mode, description);
        form.setColspan(description, 2);
        HorizontalLayout pick = new HorizontalLayout(fromCatalog, addFromCatalog);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        pick.setWidthFull();
        HorizontalLayout type = new HorizontalLayout(freeField, freeName, addFree);
        type.setAlignItems(FlexComponent.Alignment.BASELINE);
        type.setWrap(true);
        type.setWidthFull();
        add(new VerticalLayout(form, pick, type, covered));

        FieldErrors errors = new FieldErrors(this);
        errors.bind("name", name);
        errors.bind("weekday", weekday);
        errors.bind("mode", mode);
        Button saveButton = new Button(getTranslation("service-day.save"), e -> {
            Texts.clear(name, weekday, mode, fromCatalog, freeName);
            ServiceDayDraft draft = draft();
            List<ServiceDayProblem> problems = draft.problems(workingWeekdays);
            try {
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
                if (save.apply(day == null ? null : day.id(), draft) != null) {
                    close();
                    done.run();
                }
            } catch (InvalidInput invalid) {
                // what is not the name, weekday or mode concerns a covered procedure (procedures.<n>)
                errors.show(invalid).forEach(p -> Texts.error(freeName, FieldErrors.text(this, p)));
            }
        });
        saveButton.setId("save-service-day");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("publish.cancel"), e -> close());
        cancel.setId("cancel-service-day");
        if (day != null) {
            Button deleteButton = new Button(getTranslation("service-day.delete"), VaadinIcon.TRASH.create(), e -> {
                delete.run();
                close();
                done.run();
            });
            deleteButton.setId("delete-service-day");
            deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(deleteButton);
        }
        getFooter().add(cancel, saveButton);
    }

    /** Adds an entry unless the day already covers that procedure, which is then said next to {@code field}. */
    private boolean addEntry(Covered entry, HasValidation field) {
        Texts.clear(field);
        if (entries.stream().anyMatch(entry::sameProcedureAs)) {
            Texts.error(field, getTranslation("service-day.problem.PROCEDURE_DUPLICATE", entry.name()));
            return false;
        }
        entries.add(entry);
        covered.setItems(entries);
        return true;
    }

    private ServiceDayDraft draft() {
        return new ServiceDayDraft(name.getValue(), weekday.getValue(), mode.getValue(), description.getValue(), entries);
    }

}
