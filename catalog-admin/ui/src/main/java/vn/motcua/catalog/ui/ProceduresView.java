package vn.motcua.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureFilter;
import vn.motcua.catalog.PublishingService;
import vn.motcua.catalog.ServiceDayChoice;
import vn.motcua.catalog.VersionSummary;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.CallerContext;
import vn.motcua.tenants.Role;

import java.time.format.DateTimeFormatter;

/**
 * The tenant's procedures: the admin's home screen. The grid reads one page at a time, narrowed in
 * the query by the search (diacritics aside), the field, the handling level, the online level and
 * a service day; from here the admin adds, imports, exports and publishes.
 */
@Route(value = "", layout = AdminLayout.class)
public class ProceduresView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ComboBox<ServiceDayChoice> serviceDay = new ComboBox<>();

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
        grid.addColumn(Procedure::name).setHeader(getTranslation("procedure.name")).setWidth("26em").setFlexGrow(4)
                .setTooltipGenerator(Procedure::name).setKey("name");
        grid.addColumn(Procedure::nationalCode).setHeader(getTranslation("procedure.code")).setAutoWidth(true).setKey("code");
        grid.addColumn(Procedure::field).setHeader(getTranslation("procedure.field")).setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(Procedure::field).setKey("field");
        grid.addColumn(p -> p.handlingLevel() == null ? "" : getTranslation("level." + p.handlingLevel().name()))
                .setHeader(getTranslation("procedure.handling-level")).setAutoWidth(true).setKey("handling-level");
        grid.addColumn(p -> getTranslation("online-level." + p.onlineLevel().name()))
                .setHeader(getTranslation("procedure.online-level")).setAutoWidth(true).setKey("online-level");
        grid.addColumn(p -> p.totalDays().toPlainString())
                .setHeader(getTranslation("procedure.total-days")).setAutoWidth(true).setKey("total-days");
        ProcedureFilterBar filters = new ProcedureFilterBar("procedure-search", "", catalog.ownFields());
        configureServiceDay(catalog);
        var items = grid.setItems(query -> catalog.ownProcedures(filter(filters), query.getOffset(), query.getLimit()).stream(),
                query -> (int) catalog.countOwnProcedures(filter(filters)));
        filters.onChange(items::refreshAll);
        serviceDay.addValueChangeListener(e -> items.refreshAll());
        grid.setEmptyStateText(getTranslation("procedure.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("procedure/" + e.getItem().id()));

        Span status = new Span();
        status.setId("version-status");
        Button add = new Button(getTranslation("procedure.add"), VaadinIcon.PLUS.create(), e -> UI.getCurrent().navigate("procedure"));
        add.setId("add-procedure");
        Button publish = new Button(getTranslation("publish.title"), VaadinIcon.CHECK.create(),
                e -> new PublishDialog(publishing, () -> UI.getCurrent().getPage().reload()).open());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout exports = new HorizontalLayout();
        exports.setSpacing(false);
        Runnable showStatus = () -> {
            VersionSummary latest = catalog.ownLatestVersion().orElse(null);
            exports.removeAll();
            exports.add(Downloads.of(catalog, latest, CatalogFormat.XLSX, getTranslation("export.xlsx"), "export-xlsx"),
                    Downloads.of(catalog, latest, CatalogFormat.YAML, getTranslation("export.yaml"), "export-yaml"));
            status.setText(publishing.currentDraft()
                    .map(d -> getTranslation("version.draft-open"))
                    .orElseGet(() -> catalog.ownLatestPublished()
                            .map(v -> getTranslation("version.published", v.decisionNumber(), DAY.format(v.effectiveFrom())))
                            .orElse(getTranslation("version.none"))));
            publish.setEnabled(publishing.currentDraft().isPresent());
        };
        showStatus.run();
        Button history = new Button(getTranslation("version.history"), VaadinIcon.CLOCK.create(),
                e -> UI.getCurrent().navigate(VersionsView.class));
        history.setId("version-history");
        // after an import the grid shows the draft at once; the page stays, so its notification does too
        Button importFile = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(publishing, caller.tenantId(), () -> {
                    showStatus.run();
                    filters.setFields(catalog.ownFields());
                    items.refreshAll();
                }).open());
        importFile.setId("import");
        HorizontalLayout toolbar = new HorizontalLayout(filters.search, add, importFile, publish, history, exports, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        HorizontalLayout filterRow = new HorizontalLayout(filters, serviceDay);
        filterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        filterRow.setWrap(true);
        VerticalLayout body = new VerticalLayout(toolbar, filterRow, grid);
        body.setSizeFull();
        add(body);
        expand(body);
    }

    private void configureServiceDay(CatalogService catalog) {
        serviceDay.setId("filter-service-day");
        serviceDay.setPlaceholder(getTranslation("filter.service-day"));
        serviceDay.setItems(catalog.serviceDaysInView());
        serviceDay.setItemLabelGenerator(d -> getTranslation("filter.service-day-item", d.tenantName(), d.name(),
                getTranslation("filter.weekday." + d.weekday().name())));
        serviceDay.setClearButtonVisible(true);
        serviceDay.setWidth("30em");
    }

    private ProcedureFilter filter(ProcedureFilterBar filters) {
        return filters.filter(serviceDay.getValue() == null ? null : serviceDay.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
