package vn.motcua.admin.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Texts;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.CalendarDay;
import vn.motcua.tenants.calendar.CalendarSettings;
import vn.motcua.tenants.calendar.DecisionOrigin;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.InheritedCalendar;
import vn.motcua.tenants.calendar.LocalDayOff;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AccessGate;
import vn.motcua.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tenant's working calendar: its office hours and week (own or inherited), the days of a year
 * that depart from the week — marking which the tenant set and which it inherits — its local days
 * off, the year's government decision for a province's admin, and a "try it" box on the clock.
 * For the platform operator, who belongs to no tenant: the national notice of each year, which
 * every province inherits, and the days it gives.
 */
@Route(value = "calendar", layout = AdminLayout.class)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingCalendars calendars;
    private final TenantDirectory tenants;
    private final Select<Integer> year = new Select<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final DatePicker dayOffDate = new DatePicker();
    private final TextField dayOffReason = new TextField();
    private WorkingTimeForm workingTime;
    private DecisionForm decision;
    private ClockTryOut tryOut;
    private String tenant;
    private boolean national;
    private DecisionOrigin origin = DecisionOrigin.STATUTORY;
    private HolidayDecision shownDecision;

    @Inject
    public CalendarView(WorkingCalendars calendars, TenantDirectory tenants, CallerContext callers, Clock clock) {
        this.calendars = calendars;
        this.tenants = tenants;
        Caller caller = callers.get();
        setPadding(true);
        national = caller.hasRole(Role.PLATFORM_ADMIN) && !caller.belongsToTenant();
        // the platform operator keeps the national notices; a tenant's catalog admin its own calendar
        if (!AccessGate.admits(this, national || caller.hasRole(Role.CATALOG_ADMIN) && caller.belongsToTenant(), "admin.forbidden")) {
            return;
        }
        tenant = national ? "" : caller.tenantId();
        int thisYear = LocalDate.ofInstant(clock.instant(), Vietnam.ZONE).getYear();
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 6).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> showYear());

        days.setId("calendar-days");
        days.setAllRowsVisible(true);
        days.addColumn(d -> Texts.day(d.date())).setHeader(getTranslation("calendar.day.date")).setAutoWidth(true).setKey("date");
        days.addColumn(d -> Texts.weekday(this, d.date().getDayOfWeek())).setHeader(getTranslation("calendar.day.weekday")).setAutoWidth(true);
        days.addColumn(this::what).setHeader(getTranslation("calendar.day.what")).setFlexGrow(2).setKey("what");
        // a source such as "Bộ luật Lao động 2019, Điều 111(3)" is long: let it take the room and show whole on hover
        days.addColumn(this::source).setHeader(getTranslation("calendar.day.source")).setFlexGrow(2).setKey("source")
                .setTooltipGenerator(this::source);
        days.addComponentColumn(d -> {
            if (d.kind() != CalendarDay.Kind.LOCAL_DAY_OFF || !tenant.equals(d.tenantId())) {
                return new Span();
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> change(() -> calendars.removeLocalDayOff(d.date())));
            remove.addClassName("remove-day-off");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("calendar.remove-day", Texts.day(d.date())));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);

        if (national) {
            Paragraph about = new Paragraph(getTranslation("calendar.national.about"));
            about.addClassNames(LumoUtility.TextColor.SECONDARY);
            decision = new DecisionForm(true, n -> change(() -> calendars.setNationalNotice(n)),
                    y -> change(() -> calendars.removeNationalNotice(y)));
            add(new H2(getTranslation("calendar.national.title")), about, year, days, decision);
            refresh();
            return;
        }
        workingTime = new WorkingTimeForm(
                hours -> change(() -> calendars.setOfficeHours(hours)),
                week -> change(() -> calendars.setWorkingWeek(week)),
                this::tenantName);

        dayOffDate.setId("day-off-date");
        dayOffDate.setLabel(getTranslation("calendar.day-off.date"));
        dayOffReason.setId("day-off-reason");
        dayOffReason.setLabel(getTranslation("calendar.day-off.reason"));
        dayOffReason.setWidth("24em");
        dayOffReason.setValueChangeMode(ValueChangeMode.EAGER);
        Button addDayOff = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> addDayOff());
        addDayOff.setId("add-day-off");
        HorizontalLayout dayOffRow = new HorizontalLayout(dayOffDate, dayOffReason, addDayOff);
        dayOffRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        // the calendar the working-day clock itself reads around a start (WorkingCalendars.around)
        tryOut = new ClockTryOut(at -> calendars.around(tenant, at));

        add(new H2(getTranslation("calendar.title", tenantName(tenant))), workingTime,
                new H3(getTranslation("calendar.days")), year, days, dayOffRow);
        if (calendars.entersDecisions()) {
            decision = new DecisionForm(false, d -> change(() -> calendars.setDecision(d)), y -> change(() -> calendars.removeDecision(y)));
            add(decision);
        }
        add(tryOut);
        refresh();
    }

    private void addDayOff() {
        Texts.clear(dayOffDate);
        if (dayOffDate.getValue() == null) {
            Texts.error(dayOffDate, getTranslation("calendar.problem.DATE_MISSING"));
            return;
        }
        try {
            calendars.addLocalDayOff(new LocalDayOff(dayOffDate.getValue(), dayOffReason.getValue()));
        } catch (InvalidInput invalid) {
            // every problem of a day off concerns its date (field "date")
            invalid.problems().forEach(p -> Texts.error(dayOffDate, FieldErrors.text(this, p)));
            return;
        }
        LocalDate added = dayOffDate.getValue();
        dayOffDate.clear();
        dayOffReason.clear();
        if (added.getYear() != year.getValue()) {
            year.setValue(added.getYear());
        }
        saved();
    }

    private void change(Runnable edit) {
        try {
            edit.run();
            saved();
        } catch (Conflict e) {
            Notification.show(getTranslation("calendar.conflict"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void saved() {
        Notification.show(getTranslation("calendar.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        InheritedCalendar calendar = current();
        if (!national) {
            workingTime.show(calendar);
        }
        showYear(calendar);
        if (!national) {
            tryOut.compute();
        }
    }

    /** The tenant's calendar, or for the platform operator the national notices on the civil servants' week. */
    private InheritedCalendar current() {
        return national ? InheritedCalendar.of(calendars.nationalNotices(), List.of(CalendarSettings.none("")))
                : calendars.inherited();
    }

    private void showYear() {
        showYear(current());
    }

    private void showYear(InheritedCalendar calendar) {
        int y = year.getValue();
        origin = calendar.origin(y);
        shownDecision = calendar.decision(y).value();
        List<CalendarDay> list = calendar.daysOf(y);
        days.setItems(list);
        if (decision != null) {
            decision.show(calendar.decision(y), origin);
        }
    }

    private String what(CalendarDay day) {
        String kind = switch (day.kind()) {
            case PUBLIC_HOLIDAY -> getTranslation("holiday." + day.holiday().name());
            case DAY_IN_LIEU -> getTranslation("calendar.kind.DAY_IN_LIEU", getTranslation("holiday." + day.holiday().name()));
            default -> getTranslation("calendar.kind." + day.kind().name());
        };
        return day.note() == null ? kind : kind + ": " + day.note();
    }

    private String source(CalendarDay day) {
        boolean fromDecision = day.kind() == CalendarDay.Kind.DECISION_DAY_OFF || day.kind() == CalendarDay.Kind.MAKE_UP_DAY
                || (day.kind() == CalendarDay.Kind.PUBLIC_HOLIDAY && day.date().equals(shownDecision.nationalDayCompanion()));
        if (day.tenantId() == null && fromDecision && origin == DecisionOrigin.NATIONAL_NOTICE) {
            return getTranslation("calendar.source.notice", shownDecision.noticeNumber());
        }
        if (day.tenantId() == null) {
            return getTranslation(day.kind() == CalendarDay.Kind.DAY_IN_LIEU ? "calendar.source.in-lieu" : "calendar.source.national");
        }
        return tenant.equals(day.tenantId()) ? getTranslation("calendar.source.own")
                : getTranslation("calendar.source.inherited", tenantName(day.tenantId()));
    }

    private String tenantName(String id) {
        return tenants.find(id).map(Tenant::name).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
