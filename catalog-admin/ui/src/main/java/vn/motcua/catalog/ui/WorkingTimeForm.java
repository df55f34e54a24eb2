package vn.motcua.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.tenants.calendar.CalendarInvalid;
import vn.motcua.tenants.calendar.CalendarProblem;
import vn.motcua.tenants.calendar.CalendarRules;
import vn.motcua.tenants.calendar.CalendarRules.TypedSession;
import vn.motcua.tenants.calendar.InheritedCalendar;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.Sourced;
import vn.motcua.tenants.calendar.WorkingWeek;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tenant's office hours (a morning and an afternoon session) and working week (which weekdays,
 * and the hours of those with their own, e.g. Saturday 07:30–11:30), each either inherited or the
 * tenant's own. Problems show on the time or weekday they concern.
 */
class WorkingTimeForm extends Composite<VerticalLayout> {

    private final Checkbox ownHours = new Checkbox();
    private final Span hoursSource = new Span();
    private final TimePicker[] sessions = {new TimePicker(), new TimePicker(), new TimePicker(), new TimePicker()};
    private final Checkbox ownWeek = new Checkbox();
    private final Span weekSource = new Span();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final Map<DayOfWeek, TimePicker[]> dayHours = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, HorizontalLayout> dayRows = new EnumMap<>(DayOfWeek.class);
    private final Function<String, String> tenantName;

    /**
     * @param saveHours  stores the tenant's own office hours, null to inherit
     * @param saveWeek   stores the tenant's own week, null to inherit
     * @param tenantName the display name of a tenant id
     */
    WorkingTimeForm(Consumer<OfficeHours> saveHours, Consumer<WorkingWeek> saveWeek, Function<String, String> tenantName) {
        this.tenantName = tenantName;
        VerticalLayout layout = getContent();
        layout.setPadding(false);

        ownHours.setId("own-hours");
        ownHours.setLabel(getTranslation("calendar.own-hours"));
        hoursSource.setId("hours-source");
        hoursSource.addClassNames(LumoUtility.TextColor.SECONDARY);
        String[] ids = {"morning-start", "morning-end", "afternoon-start", "afternoon-end"};
        String[] labels = {"calendar.morning-start", "calendar.morning-end", "calendar.afternoon-start", "calendar.afternoon-end"};
        for (int i = 0; i < 4; i++) {
            sessions[i].setId(ids[i]);
            sessions[i].setLabel(getTranslation(labels[i]));
            sessions[i].setStep(Duration.ofMinutes(15));
            sessions[i].setWidth("9em");
        }
        ownHours.addValueChangeListener(e -> enableHours());
        Button save = new Button(getTranslation("calendar.save-hours"), e -> {
            Texts.clear(sessions);
            try {
                saveHours.accept(ownHours.getValue() ? CalendarRules.officeHours("sessions", typedSessions()) : null);
            } catch (CalendarInvalid invalid) {
                invalid.problems().forEach(this::showSessionProblem);
            }
        });
        save.setId("save-hours");

        ownWeek.setId("own-week");
        ownWeek.setLabel(getTranslation("calendar.own-week"));
        weekSource.setId("week-source");
        weekSource.addClassNames(LumoUtility.TextColor.SECONDARY);
        weekdays.setId("weekdays");
        weekdays.setLabel(getTranslation("calendar.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> Texts.weekday(this, d));
        VerticalLayout hoursOfDays = new VerticalLayout();
        hoursOfDays.setPadding(false);
        hoursOfDays.setSpacing(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            TimePicker start = new TimePicker();
            TimePicker end = new TimePicker();
            start.setId("day-start-" + day.name());
            end.setId("day-end-" + day.name());
            for (TimePicker t : List.of(start, end)) {
                t.setStep(Duration.ofMinutes(15));
                t.setWidth("9em");
                t.setPlaceholder(getTranslation("calendar.standard-hours"));
            }
            dayHours.put(day, new TimePicker[]{start, end});
            Span label = new Span(getTranslation("calendar.hours-of", Texts.weekday(this, day)));
            label.setWidth("12em");
            HorizontalLayout row = new HorizontalLayout(label, start, end);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            dayRows.put(day, row);
            hoursOfDays.add(row);
        }
        weekdays.addValueChangeListener(e -> showDayRows());
        ownWeek.addValueChangeListener(e -> enableWeek());
        Button saveW = new Button(getTranslation("calendar.save-week"), e -> {
            clearWeekErrors();
            try {
                saveWeek.accept(ownWeek.getValue() ? week() : null);
            } catch (CalendarInvalid invalid) {
                invalid.problems().forEach(this::showWeekProblem);
            }
        });
        saveW.setId("save-week");

        HorizontalLayout hoursRow = new HorizontalLayout(sessions);
        hoursRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(new H3(getTranslation("calendar.office-hours")), new HorizontalLayout(ownHours, hoursSource), hoursRow, save,
                new H3(getTranslation("calendar.week")), new HorizontalLayout(ownWeek, weekSource), weekdays,
                new Span(getTranslation("calendar.own-day-hours")), hoursOfDays, saveW);
    }

    /** Shows what {@code calendar} has and whether the tenant sets it or inherits it. */
    void show(InheritedCalendar calendar) {
        Sourced<OfficeHours> hours = calendar.officeHours();
        ownHours.setValue(hours.isSetBy(calendar.tenantId()));
        hoursSource.setText(source(hours, calendar.tenantId()));
        List<OfficeHours.Session> list = hours.value().sessions();
        for (int i = 0; i < 2; i++) {
            sessions[2 * i].setValue(i < list.size() ? list.get(i).start() : null);
            sessions[2 * i + 1].setValue(i < list.size() ? list.get(i).end() : null);
        }
        Sourced<WorkingWeek> week = calendar.workingWeek();
        ownWeek.setValue(week.isSetBy(calendar.tenantId()));
        weekSource.setText(source(week, calendar.tenantId()));
        weekdays.setValue(week.value().days());
        dayHours.forEach((day, pickers) -> {
            OfficeHours own = week.value().ownHours().get(day);
            pickers[0].setValue(own == null ? null : own.sessions().get(0).start());
            pickers[1].setValue(own == null ? null : own.sessions().get(own.sessions().size() - 1).end());
        });
        Texts.clear(sessions);
        clearWeekErrors();
        enableHours();
        enableWeek();
    }

    private String source(Sourced<?> setting, String tenant) {
        if (setting.isBuiltIn()) {
            return getTranslation("calendar.source.default");
        }
        return setting.isSetBy(tenant) ? getTranslation("calendar.source.own")
                : getTranslation("calendar.source.inherited", tenantName.apply(setting.tenantId()));
    }

    private List<TypedSession> typedSessions() {
        return List.of(new TypedSession(sessions[0].getValue(), sessions[1].getValue()),
                new TypedSession(sessions[2].getValue(), sessions[3].getValue()));
    }

    private WorkingWeek week() {
        EnumSet<DayOfWeek> days = weekdays.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays.getValue());
        List<CalendarProblem> problems = new ArrayList<>(CalendarRules.weekdays(days));
        Map<DayOfWeek, OfficeHours> own = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            TimePicker[] p = dayHours.get(day);
            List<TypedSession> typed = List.of(new TypedSession(p[0].getValue(), p[1].getValue()));
            if (p[0].getValue() == null && p[1].getValue() == null) {
                continue;
            }
            List<CalendarProblem> found = CalendarRules.sessions("weekday." + day.name(), typed);
            problems.addAll(found);
            if (found.isEmpty()) {
                own.put(day, CalendarRules.officeHours("weekday." + day.name(), typed));
            }
        }
        CalendarRules.requireNone(problems);
        return new WorkingWeek(days, own);
    }

    private void showSessionProblem(CalendarProblem problem) {
        String text = text(problem);
        String[] parts = problem.field().split("\\.");
        if (parts.length < 2) {
            Texts.error(sessions[0], text);
            return;
        }
        int i = Integer.parseInt(parts[1]);
        TimePicker start = sessions[2 * i];
        TimePicker end = sessions[2 * i + 1];
        Texts.error(targetOf(problem, start, end), text);
    }

    private void showWeekProblem(CalendarProblem problem) {
        String text = text(problem);
        if (problem.field().equals("weekdays")) {
            weekdays.setErrorMessage(text);
            weekdays.setInvalid(true);
            return;
        }
        DayOfWeek day = DayOfWeek.valueOf(problem.field().split("\\.")[1]);
        TimePicker[] p = dayHours.get(day);
        Texts.error(targetOf(problem, p[0], p[1]), text);
    }

    /** The time a problem is about: the missing one, the end of a session that ends too early, the start of one that overlaps. */
    private static HasValidation targetOf(CalendarProblem problem, TimePicker start, TimePicker end) {
        return switch (problem.kind()) {
            case SESSION_INCOMPLETE -> start.getValue() == null ? start : end;
            case SESSION_ENDS_BEFORE_START -> end;
            default -> start;
        };
    }

    private String text(CalendarProblem problem) {
        return getTranslation("calendar.problem." + problem.kind().name(), problem.args().stream().map(String::valueOf).toArray());
    }

    private void clearWeekErrors() {
        weekdays.setInvalid(false);
        dayHours.values().forEach(Texts::clear);
    }

    private void enableHours() {
        for (TimePicker t : sessions) {
            t.setReadOnly(!ownHours.getValue());
        }
    }

    private void enableWeek() {
        weekdays.setReadOnly(!ownWeek.getValue());
        dayHours.values().forEach(p -> {
            p[0].setReadOnly(!ownWeek.getValue());
            p[1].setReadOnly(!ownWeek.getValue());
        });
        showDayRows();
    }

    private void showDayRows() {
        dayRows.forEach((day, row) -> row.setVisible(weekdays.getValue().contains(day)));
    }
}
