package vn.motcua.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.PublishingService;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.CallerContext;
import vn.motcua.tenants.Role;

/** The tenant's procedures: the admin's home screen. */
@Route(value = "", layout = AdminLayout.class)
public class ProceduresView extends VerticalLayout implements HasDynamicTitle {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    public ProceduresView(CatalogService catalog, PublishingService publishing, CallerContext callers) {
        Caller caller = callers.get();
        setSizeFull();
        setPadding(false);

        if (!caller.hasRole(Role.CATALOG_ADMIN)) {
            add(new Paragraph(getTranslation("admin.forbidden")));
            return;
        }
        Grid<Procedure> grid = new Grid<>();
        grid.setId("procedures");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Procedure::name).setHeader(getTranslation("procedure.name")).setFlexGrow(4).setKey("name");
        grid.addColumn(Procedure::nationalCode).setHeader(getTranslation("procedure.code")).setAutoWidth(true).setKey("code");
        grid.addColumn(p -> getTranslation("online-level." + p.onlineLevel().name()))
                .setHeader(getTranslation("procedure.online-level")).setAutoWidth(true).setKey("online-level");
        grid.addColumn(p -> p.totalDays().toPlainString())
                .setHeader(getTranslation("procedure.total-days")).setAutoWidth(true).setKey("total-days");
        TextField search = new TextField();
        search.setId("procedure-search");
        search.setPlaceholder(getTranslation("procedure.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        var items = grid.setItems(query -> catalog.ownProcedures(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) catalog.countOwnProcedures(search.getValue()));
        search.addValueChangeListener(e -> items.refreshAll());
        grid.setEmptyStateText(getTranslation("procedure.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("procedure/" + e.getItem().id()));

        Span status = new Span(publishing.currentDraft()
                .map(d -> getTranslation("version.draft-open"))
                .orElseGet(() -> catalog.ownLatestPublished()
                        .map(v -> getTranslation("version.published", v.decisionNumber(), DAY.format(v.effectiveFrom())))
                        .orElse(getTranslation("version.none"))));
        status.setId("version-status");
        Button add = new Button(getTranslation("procedure.add"), VaadinIcon.PLUS.create(), e -> UI.getCurrent().navigate("procedure"));
        add.setId("add-procedure");
        Button publish = new Button(getTranslation("publish.title"), VaadinIcon.CHECK.create(),
                e -> new PublishDialog(publishing, () -> UI.getCurrent().getPage().reload()).open());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(publishing.currentDraft().isPresent());
        Button history = new Button(getTranslation("version.history"), VaadinIcon.CLOCK.create(),
                e -> UI.getCurrent().navigate(VersionsView.class));
        history.setId("version-history");
        HorizontalLayout toolbar = new HorizontalLayout(search, add, publish, history, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(toolbar, grid);
        body.setSizeFull();
        add(body);
        expand(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
