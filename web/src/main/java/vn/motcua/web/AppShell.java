package vn.motcua.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page around both UIs: the project's icon ({@link Favicon}). */
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
