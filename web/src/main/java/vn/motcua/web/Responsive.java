package vn.motcua.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

import java.util.List;

/**
 * Hides a grid's less important columns on a narrow window (a tablet is 800 px wide) and shows
 * them again on a wider one, as the window is opened and resized.
 */
public final class Responsive {

    private Responsive() {
    }

    public static void hideBelow(Grid<?> grid, int width, List<? extends Grid.Column<?>> columns) {
        Registration[] resizing = new Registration[1];
        grid.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth(), width, columns));
            resizing[0] = attach.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth(), width, columns));
        });
        grid.addDetachListener(detach -> {
            if (resizing[0] != null) {
                resizing[0].remove();
                resizing[0] = null;
            }
        });
    }

    private static void fit(int window, int width, List<? extends Grid.Column<?>> columns) {
        columns.forEach(c -> c.setVisible(window >= width));
    }
}
