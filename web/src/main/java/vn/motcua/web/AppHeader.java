package vn.motcua.web;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;

import java.util.Locale;

/** The bar on top of every screen: the application, the user and their tenant, the language. */
public class AppHeader extends Composite<HorizontalLayout> implements HasSize {

    public AppHeader(String titleKey, Caller caller, TenantDirectory tenants) {
        String tenantName = caller.belongsToTenant() ? tenants.find(caller.tenantId()).map(Tenant::name).orElse(null) : null;
        HorizontalLayout bar = getContent();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Background.CONTRAST_5);

        H1 title = new H1(getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span who = new Span(caller.username() + (tenantName == null ? "" : " · " + tenantName));
        who.setId("current-user");
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(Language.SUPPORTED);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("vi") ? "Tiếng Việt" : "English");
        language.setValue(Language.chosen());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Language.choose(e.getValue());
            }
        });
        language.setWidth("9em");

        Anchor logout = new Anchor(Logout.URL.substring(1), getTranslation("app.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);
        // a tablet-wide header shrinks the title and the user's name, never the way out
        logout.addClassNames(LumoUtility.Whitespace.NOWRAP);

        HorizontalLayout right = new HorizontalLayout(who, language, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(title, right);
        bar.expand(title);
    }
}
