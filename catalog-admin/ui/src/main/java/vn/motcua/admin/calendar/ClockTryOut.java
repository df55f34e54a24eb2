package vn.motcua.admin.calendar;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.admin.Texts;
import vn.motcua.admin.WorkingDaysField;
import vn.motcua.catalog.version.Budget;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.web.WorkingDaysFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * "Try it": the due instant N working days after a date-time, and the working time between two
 * date-times, on the tenant's saved calendar — the clock dossiers get.
 */
class ClockTryOut extends Composite<VerticalLayout> {

    private final DateTimePicker start = new DateTimePicker();
    private final WorkingDaysField days = new WorkingDaysField();
    private final Span due = new Span();
    private final DateTimePicker to = new DateTimePicker();
    private final Span between = new Span();
    private final Function<Instant, WorkingCalendar> calendarAround;

    /** @param calendarAround the tenant's calendar covering the years around an instant */
    ClockTryOut(Function<Instant, WorkingCalendar> calendarAround) {
        this.calendarAround = calendarAround;
        start.setId("try-start");
        start.setLabel(getTranslation("calendar.try.start"));
        start.setStep(Duration.ofMinutes(15));
        days.setId("try-days");
        days.setLabel(getTranslation("calendar.try.days"));
        days.setWidth("8em");
        due.setId("try-due");
        due.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        to.setId("try-to");
        to.setLabel(getTranslation("calendar.try.to"));
        to.setStep(Duration.ofMinutes(15));
        between.setId("try-between");
        between.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        start.addValueChangeListener(e -> compute());
        days.addValueChangeListener(e -> compute());
        to.addValueChangeListener(e -> compute());
        HorizontalLayout first = new HorizontalLayout(start, days, due);
        first.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout second = new HorizontalLayout(to, between);
        second.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("calendar.try")), first, second);
    }

    /** Recomputes on the calendar as saved now, e.g. after a day off was added. */
    void compute() {
        Texts.clear(days);
        due.setText("");
        between.setText("");
        if (start.getValue() == null) {
            return;
        }
        Instant from = instant(start.getValue());
        WorkingCalendar calendar = calendarAround.apply(from);
        if (days.getValue() != null) {
            Budget.Problem problem = Budget.problemOf(days.getValue());
            if (problem == null) {
                due.setText(getTranslation("calendar.try.due", Texts.when(this, calendar.plus(from, WorkingDays.of(days.getValue())))));
            } else {
                Texts.error(days, getTranslation(problem == Budget.Problem.NEGATIVE ? "problem.BUDGET_NEGATIVE"
                        : "calendar.try.not-quarters"));
            }
        }
        if (to.getValue() != null) {
            Duration time = calendar.workingTimeBetween(from, instant(to.getValue()));
            between.setText(getTranslation("calendar.try.between", String.valueOf(time.toHours()), String.format("%02d", time.toMinutesPart()),
                    WorkingDaysFormat.format(calendar.elapsed(from, instant(to.getValue())).toBigDecimal(), getLocale())));
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(Vietnam.ZONE).toInstant();
    }
}
