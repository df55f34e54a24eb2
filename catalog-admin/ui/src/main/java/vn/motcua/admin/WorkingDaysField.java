package vn.motcua.admin;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;

/**
 * A number of working days, typed and shown as {@link WorkingDaysFormat} writes them in the
 * screen's language. What is not a number stays in the field, marked with a message saying how to
 * write one; the rules' own messages ({@link #setErrorMessage}) show once it reads.
 */
public class WorkingDaysField extends AbstractCompositeField<TextField, WorkingDaysField, BigDecimal>
        implements HasValidation, HasSize, HasStyle, HasLabel, HasTooltip {

    private String unreadable;
    private boolean invalid;
    private String errorMessage;

    public WorkingDaysField() {
        super(null);
        TextField text = getContent();
        text.setManualValidation(true);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.getElement().setAttribute("inputmode", "decimal");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                read(e.getValue());
            }
        });
        // once typing is over, the days are shown as the language writes them: "1.5" becomes "1,5"
        text.addBlurListener(e -> {
            if (unreadable == null && getValue() != null) {
                text.setValue(WorkingDaysFormat.format(getValue(), getLocale()));
            }
        });
    }

    public void setPlaceholder(String placeholder) {
        getContent().setPlaceholder(placeholder);
    }

    public void setValueChangeMode(ValueChangeMode mode) {
        getContent().setValueChangeMode(mode);
    }

    /** Whether the field holds text that is no number of days. */
    public boolean isUnreadable() {
        return unreadable != null;
    }

    private void read(String text) {
        WorkingDaysFormat.Reading reading = WorkingDaysFormat.parse(text, getLocale());
        unreadable = reading.readable() ? null : text;
        setModelValue(reading.days(), true);
        show();
    }

    @Override
    protected void setPresentationValue(BigDecimal days) {
        unreadable = null;
        getContent().setValue(WorkingDaysFormat.format(days, getLocale()));
        show();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        show();
    }

    @Override
    public String getErrorMessage() {
        return unreadable != null ? unreadableMessage() : errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        show();
    }

    @Override
    public boolean isInvalid() {
        return invalid || unreadable != null;
    }

    private void show() {
        getContent().setErrorMessage(getErrorMessage());
        getContent().setInvalid(isInvalid());
    }

    private String unreadableMessage() {
        return getTranslation("days.unreadable", unreadable.strip(), WorkingDaysFormat.format(new BigDecimal("1.5"), getLocale()));
    }
}
