package vn.motcua.admin.serviceday;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Texts;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.service.ServiceDayService;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.web.AccessGate;

import java.time.Clock;
import java.util.List;

/** The tenant's weekly service days; a click edits one, a button adds one. */
@Route(value = "service-days", layout = AdminLayout.class)
public class ServiceDaysView extends VerticalLayout implements HasDynamicTitle {

    private final ServiceDayService serviceDays;
    private final AdoptionService adoptions;
    private final Clock clock;
    private final Grid<ServiceDay> grid = new Grid<>();

    @Inject
    public ServiceDaysView(ServiceDayService serviceDays, AdoptionService adoptions, CallerContext callers, Clock clock) {
        this.serviceDays = serviceDays;
        this.adoptions = adoptions;
        this.clock = clock;
        Caller caller = callers.get();
        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) {
            return;
        }
        grid.setId("service-days");
        grid.setAllRowsVisible(true);
        grid.addColumn(ServiceDay::name).setHeader(getTranslation("service-day.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(d -> Texts.weekday(this, d.weekday())).setHeader(getTranslation("service-day.weekday")).setAutoWidth(true).setKey("weekday");
        grid.addColumn(d -> getTranslation("service-day.mode." + d.mode().name())).setHeader(getTranslation("service-day.mode"))
                .setFlexGrow(2).setKey("mode");
        grid.addColumn(d -> d.procedures().size()).setHeader(getTranslation("service-day.procedures")).setAutoWidth(true).setKey("procedures");
        grid.setEmptyStateText(getTranslation("service-day.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        Button add = new Button(getTranslation("service-day.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("add-service-day");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.service-days")), new Paragraph(getTranslation("service-day.intro")), add, grid);
        refresh();
    }

    private void open(ServiceDay day) {
        List<EffectiveProcedure> catalog = adoptions.effectiveCatalog(clock.instant()).map(EffectiveCatalog::procedures).orElse(List.of());
        new ServiceDayDialog(day, catalog, serviceDays.workingWeekdays(),
                (id, draft) -> {
                    try {
                        return serviceDays.save(id, draft);
                    } catch (Conflict e) {
                        conflict();
                        return null;
                    }
                },
                () -> serviceDays.delete(day.id()),
                this::saved).open();
    }

    private void saved() {
        Notification.show(getTranslation("calendar.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void conflict() {
        Notification.show(getTranslation("calendar.conflict"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(serviceDays.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.service-days");
    }
}
