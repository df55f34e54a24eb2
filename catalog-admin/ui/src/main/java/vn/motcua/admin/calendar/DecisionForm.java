package vn.motcua.admin.calendar;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.admin.Texts;
import vn.motcua.tenants.calendar.CalendarProblem;
import vn.motcua.tenants.calendar.CalendarRules;
import vn.motcua.tenants.calendar.DecisionOrigin;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.Sourced;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The government's decision for one year: the national notice as the platform operator enters it
 * for every province ({@code national}), or a province's own decision, which wins over the notice
 * for the province. Its number and date, the day adjacent to National Day, the extra days off, the
 * make-up working days. A day that breaks a rule (a make-up day on a weekday) is refused next to its
 * date field as it is added.
 */
class DecisionForm extends Composite<VerticalLayout> {

    private final Paragraph status = new Paragraph();
    private final Select<LocalDate> companion = new Select<>();
    private final DatePicker extraDay = new DatePicker();
    private final DatePicker makeUpDay = new DatePicker();
    private final HorizontalLayout extraList = new HorizontalLayout();
    private final HorizontalLayout makeUpList = new HorizontalLayout();
    private final Set<LocalDate> extra = new TreeSet<>();
    private final Set<LocalDate> makeUp = new TreeSet<>();
    private final TextField noticeNumber = new TextField();
    private final DatePicker noticeDate = new DatePicker();
    private final Button removeButton;
    private final FieldErrors errors = new FieldErrors(this);
    private final boolean national;
    private int year;

    DecisionForm(boolean national, Consumer<HolidayDecision> save, IntConsumer remove) {
        this.national = national;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        noticeNumber.setId("notice-number");
        noticeNumber.setLabel(getTranslation("calendar.notice-number"));
        noticeNumber.setPlaceholder("6150/TB-LĐTBXH");
        noticeNumber.setRequiredIndicatorVisible(national);
        noticeDate.setId("notice-date");
        noticeDate.setLabel(getTranslation("calendar.notice-date"));
        status.setId("decision-status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY);
        companion.setId("companion");
        companion.setLabel(getTranslation("calendar.companion"));
        companion.setItemLabelGenerator(Texts::day);
        // wide enough for their labels in both languages ("Make-up working day (Saturday, Sunday)")
        companion.setWidth("18em");
        extraDay.setId("extra-day-off");
        extraDay.setLabel(getTranslation("calendar.extra-day-off"));
        extraDay.setWidth("18em");
        makeUpDay.setId("make-up-day");
        makeUpDay.setLabel(getTranslation("calendar.make-up-day"));
        makeUpDay.setWidth("18em");
        extraList.setId("extra-days-off");
        makeUpList.setId("make-up-days");
        Button addExtra = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> add(extraDay, extra, true));
        addExtra.setId("add-extra-day-off");
        Button addMakeUp = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> add(makeUpDay, makeUp, false));
        addMakeUp.setId("add-make-up-day");
        errors.bind("companion", companion);
        errors.bind("noticeNumber", noticeNumber);
        errors.bind("extraDaysOff", extraDay);
        errors.bind("makeUpDays", makeUpDay);
        Button saveButton = new Button(getTranslation("calendar.save-decision"), e -> {
            Texts.clear(companion, extraDay, makeUpDay, noticeNumber);
            try {
                save.accept(national
                        ? CalendarRules.toNationalNotice(year, noticeNumber.getValue(), noticeDate.getValue(),
                                companion.getValue(), extra, makeUp)
                        : CalendarRules.toDecision(year, companion.getValue(), extra, makeUp)
                                .withNotice(noticeNumber.getValue(), noticeDate.getValue()));
            } catch (InvalidInput invalid) {
                errors.show(invalid).forEach(p -> Texts.error(makeUpDay, FieldErrors.text(this, p)));
            }
        });
        saveButton.setId("save-decision");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeButton = new Button(getTranslation(national ? "calendar.remove-notice" : "calendar.remove-decision"),
                e -> remove.accept(year));
        removeButton.setId("remove-decision");
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout extraRow = new HorizontalLayout(extraDay, addExtra, extraList);
        extraRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        extraRow.setWrap(true);
        HorizontalLayout makeUpRow = new HorizontalLayout(makeUpDay, addMakeUp, makeUpList);
        makeUpRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        makeUpRow.setWrap(true);
        HorizontalLayout noticeRow = new HorizontalLayout(noticeNumber, noticeDate);
        noticeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(new H3(getTranslation(national ? "calendar.notice" : "calendar.decision")), status, noticeRow, companion,
                extraRow, makeUpRow,
                new HorizontalLayout(saveButton, removeButton));
    }

    /** Shows the decision in force for {@code decision}'s year, saying where it comes from. */
    void show(Sourced<HolidayDecision> decision, DecisionOrigin origin) {
        HolidayDecision d = decision.value();
        year = d.year();
        companion.setItems(LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year, Month.SEPTEMBER, 3));
        companion.setValue(d.nationalDayCompanion());
        extra.clear();
        extra.addAll(d.extraDaysOff());
        makeUp.clear();
        makeUp.addAll(d.makeUpWorkingDays());
        String y = String.valueOf(year);
        String number = d.noticeNumber() == null ? "" : d.noticeNumber();
        status.setText(switch (origin) {
            case STATUTORY -> getTranslation(national ? "calendar.notice.none" : "calendar.decision.none", y);
            case NATIONAL_NOTICE -> getTranslation(national ? "calendar.notice.entered" : "calendar.decision.national", y, number);
            case PROVINCIAL_DECISION -> getTranslation("calendar.decision.entered", y);
        });
        removeButton.setVisible(origin == (national ? DecisionOrigin.NATIONAL_NOTICE : DecisionOrigin.PROVINCIAL_DECISION));
        // a province's own decision has its own number: do not offer the national notice's
        boolean ownNumber = national || origin == DecisionOrigin.PROVINCIAL_DECISION;
        noticeNumber.setValue(ownNumber ? number : "");
        noticeDate.setValue(ownNumber ? d.noticeDate() : null);
        Texts.clear(companion, extraDay, makeUpDay, noticeNumber);
        extraDay.clear();
        makeUpDay.clear();
        redraw();
    }

    private void add(DatePicker picker, Set<LocalDate> days, boolean isExtra) {
        Texts.clear(picker);
        LocalDate day = picker.getValue();
        if (day == null) {
            Texts.error(picker, getTranslation("calendar.problem.DATE_MISSING"));
            return;
        }
        Set<LocalDate> candidateExtra = new TreeSet<>(extra);
        Set<LocalDate> candidateMakeUp = new TreeSet<>(makeUp);
        (isExtra ? candidateExtra : candidateMakeUp).add(day);
        List<CalendarProblem> problems = new ArrayList<>(CalendarRules.decision(year, companion.getValue(), candidateExtra, candidateMakeUp));
        problems.removeIf(p -> !p.args().contains(day));
        if (!problems.isEmpty()) {
            Texts.error(picker, FieldErrors.text(this, problems.get(0)));
            return;
        }
        days.add(day);
        picker.clear();
        redraw();
    }


    private void redraw() {
        draw(extraList, extra, "extra-day");
        draw(makeUpList, makeUp, "make-up");
    }

    private void draw(HorizontalLayout list, Set<LocalDate> days, String className) {
        list.removeAll();
        for (LocalDate day : days) {
            Button chip = new Button(Texts.day(day), VaadinIcon.CLOSE_SMALL.create(), e -> {
                days.remove(day);
                redraw();
            });
            chip.addClassName(className);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setIconAfterText(true);
            chip.setAriaLabel(getTranslation("calendar.remove-day", Texts.day(day)));
            list.add(chip);
        }
        if (days.isEmpty()) {
            list.add(new Span("—"));
        }
    }
}
