package vn.motcua.admin.catalog;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.version.RequiredDocument;

import java.util.List;
import java.util.Objects;

/**
 * One item of the dossier (thành phần hồ sơ): name, form, originals, copies, note. Name, form and
 * note are text areas that wrap and grow: the decisions' document names run to two lines and a
 * clerk must read them whole.
 */
class DocumentRow extends RemovableRow<HorizontalLayout> {

    final TextArea name = new TextArea();
    final TextArea form = new TextArea();
    final IntegerField originals = new IntegerField();
    final IntegerField copies = new IntegerField();
    final TextArea note = new TextArea();

    DocumentRow(RequiredDocument document, Runnable onChange) {
        super(new HorizontalLayout(), VaadinIcon.TRASH, "document.remove");
        name.setPlaceholder(getTranslation("document.name"));
        name.addClassName("document-name");
        name.setMinWidth("16em");
        for (TextArea text : List.of(name, form, note)) {
            text.setMinRows(1);
        }
        form.setPlaceholder(getTranslation("document.form"));
        form.setWidth("16em");
        form.addClassName("document-form");
        originals.setLabel(getTranslation("document.originals"));
        originals.setWidth("6em");
        originals.addClassName("document-originals");
        copies.setLabel(getTranslation("document.copies"));
        copies.setWidth("6em");
        copies.addClassName("document-copies");
        note.setPlaceholder(getTranslation("document.note"));
        note.setWidth("14em");
        note.addClassName("document-note");

        name.setValue(Objects.requireNonNullElse(document.name(), ""));
        form.setValue(Objects.requireNonNullElse(document.form(), ""));
        originals.setValue(document.originals());
        copies.setValue(document.copies());
        note.setValue(Objects.requireNonNullElse(document.note(), ""));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        originals.setValueChangeMode(ValueChangeMode.EAGER);
        copies.setValueChangeMode(ValueChangeMode.EAGER);
        reportChanges(onChange);
        HorizontalLayout row = getContent();
        row.setWidthFull();
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("document-row");
        row.add(name, form, originals, copies, note, remove);
        row.setFlexGrow(1, name);
    }

    RequiredDocument toDocument() {
        return new RequiredDocument(name.getValue(), form.getValue(), count(originals), count(copies), note.getValue());
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(name, form, originals, copies, note);
    }

    /** The field holding a negative count, for its error. */
    IntegerField negativeCount() {
        return count(copies) < 0 && count(originals) >= 0 ? copies : originals;
    }

    private static int count(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
