package vn.motcua.admin.calendar;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.admin.Texts;
import vn.motcua.tenants.calendar.CalendarProblem;
import vn.motcua.tenants.calendar.CalendarRules.TypedSession;
import vn.motcua.tenants.calendar.CalendarRules;
import vn.motcua.tenants.calendar.InheritedCalendar;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.Sourced;
import vn.motcua.tenants.calendar.WorkingWeek;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tenant's office hours (a morning and an afternoon session) and working week (which weekdays,
 * and the hours of those with their own, e.g. Saturday 07:30–11:30 or a split day, as many
 * sessions as the day has), each either inherited or the tenant's own. Problems show on the time
 * or weekday they concern: a session that ends before it starts on its end, one that overlaps the
 * one before on its start.
 */
class WorkingTimeForm extends Composite<VerticalLayout> {

    private final Checkbox ownHours = new Checkbox();
    private final Span hoursSource = new Span();
    private final TimePicker[] sessions = {new TimePicker(), new TimePicker(), new TimePicker(), new TimePicker()};
    private final Checkbox ownWeek = new Checkbox();
    private final Span weekSource = new Span();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    /** Per weekday its session rows, each a start and an end picker, in order. */
    private final Map<DayOfWeek, List<TimePicker[]>> dayHours = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, VerticalLayout> daySessions = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, Button> addSession = new EnumMap<>(DayOfWeek.class);
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
            } catch (InvalidInput invalid) {
                invalid.problems(CalendarProblem.class).forEach(this::showSessionProblem);
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
            dayHours.put(day, new ArrayList<>());
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            list.setWidth(null);
            daySessions.put(day, list);
            Button add = new Button(getTranslation("calendar.add-session"), VaadinIcon.PLUS.create(), e -> addSessionRow(day, null, null));
            add.setId("add-session-" + day.name());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addSession.put(day, add);
            addSessionRow(day, null, null);
            Span label = new Span(getTranslation("calendar.hours-of", Texts.weekday(this, day)));
            label.setWidth("12em");
            HorizontalLayout row = new HorizontalLayout(label, list, add);
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
            } catch (InvalidInput invalid) {
                invalid.problems(CalendarProblem.class).forEach(this::showWeekProblem);
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
        for (DayOfWeek day : DayOfWeek.values()) {
            OfficeHours own = week.value().ownHours().get(day);
            dayHours.get(day).clear();
            daySessions.get(day).removeAll();
            if (own == null) {
                addSessionRow(day, null, null);
            } else {
                own.sessions().forEach(session -> addSessionRow(day, session.start(), session.end()));
            }
        }
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
            List<TypedSession> typed = dayHours.get(day).stream()
                    .map(p -> new TypedSession(p[0].getValue(), p[1].getValue())).toList();
            if (typed.stream().allMatch(t -> t.start() == null && t.end() == null)) {
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
        String[] parts = problem.field().split("\\.");
        DayOfWeek day = DayOfWeek.valueOf(parts[1]);
        TimePicker[] p = dayHours.get(day).get(parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        Texts.error(targetOf(problem, p[0], p[1]), problem.kind() == CalendarProblem.Kind.SESSIONS_OVERLAP
                ? getTranslation("calendar.problem.day.SESSIONS_OVERLAP", problem.args().stream().map(String::valueOf).toArray())
                : text);
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
        return FieldErrors.text(this, problem);
    }

    private void clearWeekErrors() {
        weekdays.setInvalid(false);
        dayHours.values().forEach(rows -> rows.forEach(Texts::clear));
    }

    /** A session row of {@code day}: ids day-start-SATURDAY, day-end-SATURDAY for the first, then -1, -2… */
    private void addSessionRow(DayOfWeek day, LocalTime from, LocalTime to) {
        TimePicker start = new TimePicker();
        TimePicker end = new TimePicker();
        for (TimePicker t : List.of(start, end)) {
            t.setStep(Duration.ofMinutes(15));
            t.setWidth("9em");
            t.setPlaceholder(getTranslation("calendar.standard-hours"));
            t.setReadOnly(!ownWeek.getValue());
        }
        start.setAriaLabel(getTranslation("calendar.session-start"));
        end.setAriaLabel(getTranslation("calendar.session-end"));
        start.setValue(from);
        end.setValue(to);
        TimePicker[] pickers = {start, end};
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-session");
        remove.setAriaLabel(getTranslation("calendar.remove-session"));
        remove.setEnabled(ownWeek.getValue());
        HorizontalLayout row = new HorizontalLayout(start, end, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("session-row");
        remove.addClickListener(e -> {
            dayHours.get(day).remove(pickers);
            daySessions.get(day).remove(row);
            if (dayHours.get(day).isEmpty()) {
                addSessionRow(day, null, null);
            }
            numberSessionRows(day);
        });
        dayHours.get(day).add(pickers);
        daySessions.get(day).add(row);
        numberSessionRows(day);
    }

    private void numberSessionRows(DayOfWeek day) {
        List<TimePicker[]> rows = dayHours.get(day);
        for (int i = 0; i < rows.size(); i++) {
            String suffix = i == 0 ? "" : "-" + i;
            rows.get(i)[0].setId("day-start-" + day.name() + suffix);
            rows.get(i)[1].setId("day-end-" + day.name() + suffix);
        }
    }

    private void enableHours() {
        for (TimePicker t : sessions) {
            t.setReadOnly(!ownHours.getValue());
        }
    }

    private void enableWeek() {
        weekdays.setReadOnly(!ownWeek.getValue());
        dayHours.values().forEach(rows -> rows.forEach(p -> {
            p[0].setReadOnly(!ownWeek.getValue());
            p[1].setReadOnly(!ownWeek.getValue());
        }));
        addSession.values().forEach(b -> b.setEnabled(ownWeek.getValue()));
        daySessions.values().forEach(list -> list.getChildren()
                .forEach(row -> row.getChildren().filter(Button.class::isInstance).forEach(b -> ((Button) b).setEnabled(ownWeek.getValue()))));
        showDayRows();
    }

    private void showDayRows() {
        dayRows.forEach((day, row) -> row.setVisible(weekdays.getValue().contains(day)));
    }
}
