package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Inject;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AppHeader;

/**
 * The frame of every desk screen: the header (user, unit, language, logout) and the desk's screens
 * in a side navigation — the user's queue, the unit's claimable queue, the leader's list and the
 * reception form. The few rules Lumo's utility classes cannot say (lateness badges, the route's
 * rows) are in styles/desk.css, served by the web application itself (no npm build).
 */
@StyleSheet("context://styles/desk.css")
public class DeskLayout extends AppLayout {

    @Inject
    public DeskLayout(CallerContext callers, TenantDirectory tenants) {
        AppHeader header = new AppHeader("desk.title", callers.get(), tenants);
        header.setWidthFull();
        addToNavbar(new DrawerToggle(), header);
        if (callers.get().hasAnyRole(Role.STAFF)) {
            addToDrawer(navigation(callers.get().hasRole(Role.RECEPTION)));
        }
        setPrimarySection(Section.NAVBAR);
    }

    private SideNav navigation(boolean receives) {
        SideNav nav = new SideNav();
        nav.setId("desk-nav");
        nav.addItem(item("nav.mine", MyQueueView.class, VaadinIcon.USER_CHECK));
        nav.addItem(item("nav.unit", UnitQueueView.class, VaadinIcon.INBOX));
        nav.addItem(item("nav.leader", LeaderView.class, VaadinIcon.ALARM));
        if (receives) {
            nav.addItem(item("nav.reception", ReceptionView.class, VaadinIcon.FILE_ADD));
        }
        return nav;
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), view, icon.create());
    }
}
