package vn.motcua.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Inject;
import vn.motcua.admin.adoption.AdoptionView;
import vn.motcua.admin.calendar.CalendarView;
import vn.motcua.admin.catalog.ProceduresView;
import vn.motcua.admin.catalog.VersionsView;
import vn.motcua.admin.serviceday.ServiceDaysView;
import vn.motcua.admin.tenants.TenantsView;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AppHeader;

/**
 * The frame of every admin screen: the header (user, tenant, language) on top and the admin's
 * screens in a side navigation. A new screen adds its item to {@link #navigation()}. The admin's
 * few layout rules that Lumo's utility classes cannot say (the step tables, which change shape
 * with their width) are in styles/admin.css, served by the web application itself.
 */
@StyleSheet("context://styles/admin.css")
public class AdminLayout extends AppLayout {

    @Inject
    public AdminLayout(CallerContext callers, TenantDirectory tenants) {
        AppHeader header = new AppHeader("admin.title", callers.get(), tenants);
        header.setWidthFull();
        addToNavbar(new DrawerToggle(), header);
        addToDrawer(navigation());
        setPrimarySection(Section.NAVBAR);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("admin-nav");
        nav.addItem(item("nav.procedures", ProceduresView.class, VaadinIcon.LIST));
        nav.addItem(item("nav.versions", VersionsView.class, VaadinIcon.CLOCK));
        nav.addItem(item("nav.tenants", TenantsView.class, VaadinIcon.SITEMAP));
        nav.addItem(item("nav.adoption", AdoptionView.class, VaadinIcon.CONNECT));
        nav.addItem(item("nav.service-days", ServiceDaysView.class, VaadinIcon.CALENDAR_USER));
        nav.addItem(item("nav.calendar", CalendarView.class, VaadinIcon.CALENDAR));
        return nav;
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), view, icon.create());
    }
}
