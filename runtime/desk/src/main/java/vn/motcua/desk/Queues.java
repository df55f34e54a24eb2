package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.web.AccessGate;

/** Who may use the desk's screens, and the frame of a queue screen. */
final class Queues {

    private Queues() {
    }

    /** Whether {@code caller} handles dossiers; otherwise {@code view} says so and shows nothing else. */
    static boolean gate(VerticalLayout view, Caller caller) {
        return AccessGate.admits(view, caller, "desk.forbidden", Role.STAFF.toArray(String[]::new));
    }

    static void frame(VerticalLayout view, String titleKey, Component grid) {
        view.setSizeFull();
        H2 title = new H2(view.getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        view.add(title, grid);
        view.expand(grid);
    }
}
