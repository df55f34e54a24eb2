package vn.motcua.admin.catalog;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.version.Fee;

import java.util.List;
import java.util.Objects;

/** One fee: what it is for, its amount in đồng (0 = free), the legal basis that sets it. */
class FeeRow extends RemovableRow<HorizontalLayout> {

    final TextField description = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField basis = new TextField();

    FeeRow(Fee fee, Runnable onChange) {
        super(new HorizontalLayout(), VaadinIcon.TRASH, "fee.remove");
        description.setPlaceholder(getTranslation("fee.description"));
        description.addClassName("fee-description");
        amount.setPlaceholder(getTranslation("fee.amount"));
        amount.setHelperText(getTranslation("fee.free-hint"));
        amount.setWidth("10em");
        amount.addClassName("fee-amount");
        basis.setPlaceholder(getTranslation("fee.basis"));
        basis.setWidth("18em");
        basis.addClassName("fee-basis");

        description.setValue(Objects.requireNonNullElse(fee.description(), ""));
        amount.setValue(fee.amountVnd());
        basis.setValue(Objects.requireNonNullElse(fee.legalBasis(), ""));
        description.setValueChangeMode(ValueChangeMode.EAGER);
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        reportChanges(onChange);
        HorizontalLayout row = getContent();
        row.setWidthFull();
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("fee-row");
        row.add(description, amount, basis, remove);
        row.setFlexGrow(1, description);
    }

    Fee toFee() {
        return new Fee(description.getValue(), amount.getValue(), basis.getValue());
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(description, amount, basis);
    }
}
