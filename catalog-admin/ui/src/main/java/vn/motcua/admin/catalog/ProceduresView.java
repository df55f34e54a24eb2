package vn.motcua.admin.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Downloads;
import vn.motcua.admin.Texts;
import vn.motcua.admin.adoption.AdoptionView;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.catalog.serviceday.ServiceDayChoice;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.catalog.version.VersionSummary;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AccessGate;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The procedures the tenant runs: the admin's home screen. A tenant with a catalog of its own sees
 * it — its latest version, draft or published — one page at a time, narrowed in the query by the
 * search (diacritics aside), the field, the handling level, the online level and a service day;
 * from here the admin adds, imports, exports and publishes. A district or commune that runs the
 * catalog above it sees that catalog as its adoption shapes it, each procedure with where it comes
 * from and its local time limit beside the one above.
 *
 * <p>The columns fit a 1366 px laptop beside the navigation and an 800 px tablet: the national code
 * and the field are a second line under the name, and every cell wraps rather than cuts its text.
 */
@Route(value = "", layout = AdminLayout.class)
public class ProceduresView extends VerticalLayout implements HasDynamicTitle {

    /** One line of the grid, from the tenant's own catalog or from the catalog above it. */
    record Row(long id, String name, String code, String field, AdministrativeLevel level, OnlineLevel onlineLevel,
               BigDecimal totalDays, BigDecimal sourceTotalDays, String source) {

        static Row of(Procedure p) {
            return new Row(p.id(), p.name(), p.nationalCode(), p.field(), p.handlingLevel(), p.onlineLevel(), p.totalDays(), null, null);
        }

        String detail() {
            return Stream.of(code, field).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        }
    }

    private final ComboBox<ServiceDayChoice> serviceDay = new ComboBox<>();
    private final Grid<Row> grid = new Grid<>();
    private ProcedureFilterBar filters;
    private final Clock clock;

    @Inject
    public ProceduresView(CatalogService catalog, PublishingService publishing, AdoptionService adoptions, TenantDirectory tenants,
                          CallerContext callers, Clock clock) {
        this.clock = clock;
        Caller caller = callers.get();
        setSizeFull();
        setPadding(false);

        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) {
            return;
        }
        Instant now = clock.instant();
        Optional<CatalogVersion> above = catalog.ownVersions().isEmpty() ? adoptions.adoptableVersion(now) : Optional.empty();
        configureGrid(above.isPresent());
        configureServiceDay(catalog);
        Span status = new Span();
        status.setId("version-status");
        HorizontalLayout toolbar;
        if (above.isPresent()) {
            filters = new ProcedureFilterBar("procedure-search", "", adoptions.adoptableFields(now));
            toolbar = adopted(adoptions, tenants, above.get(), status);
        } else {
            filters = new ProcedureFilterBar("procedure-search", "", catalog.ownFields());
            toolbar = own(catalog, publishing, caller, status);
        }
        toolbar.addComponentAsFirst(filters.search);
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

    /** The tenant's own catalog, paged in the database. */
    private HorizontalLayout own(CatalogService catalog, PublishingService publishing, Caller caller, Span status) {
        var items = grid.setItems(query -> catalog.ownProcedures(filter(), query.getOffset(), query.getLimit()).stream().map(Row::of),
                query -> (int) catalog.countOwnProcedures(filter()));
        Runnable refresh = () -> {
            items.refreshAll();
            emptyText("procedure.none");
        };
        filters.onChange(refresh);
        serviceDay.addValueChangeListener(e -> refresh.run());
        emptyText("procedure.none");
        grid.addItemClickListener(e -> UI.getCurrent().navigate("procedure/" + e.getItem().id()));

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
                            .map(v -> getTranslation("version.published", v.decisionNumber(), Texts.day(v.effectiveFrom())))
                            .orElse(getTranslation("version.none"))));
            publish.setEnabled(publishing.currentDraft().isPresent());
        };
        showStatus.run();
        // after an import the grid shows the draft at once; the page stays, so its notification does too
        Button importFile = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(publishing, caller.tenantId(), () -> {
                    showStatus.run();
                    filters.setFields(catalog.ownFields());
                    items.refreshAll();
                }).open());
        importFile.setId("import");
        return new HorizontalLayout(add, importFile, publish, exports, status);
    }

    /** The catalog above, as the tenant's adoption shapes it: computed and cached whole, filtered in memory. */
    private HorizontalLayout adopted(AdoptionService adoptions, TenantDirectory tenants, CatalogVersion version, Span status) {
        String source = tenants.find(version.tenantId()).map(Tenant::name).orElse(version.tenantId());
        String decision = Objects.requireNonNullElse(version.decisionNumber(), version.title());
        Runnable refresh = () -> {
            grid.setItems(adoptions.adoptedProcedures(filter(), clock.instant()).stream()
                    .map(a -> adopted(a.procedure(), a.sourceTotalDays(), source + " · " + decision)).toList());
            emptyText("procedure.none-adopted");
        };
        filters.onChange(refresh);
        serviceDay.addValueChangeListener(e -> refresh.run());
        refresh.run();
        grid.addItemClickListener(e -> UI.getCurrent().navigate("procedure/" + e.getItem().id()));
        status.setText(getTranslation("version.adopted", source, decision, Texts.day(version.effectiveFrom())));
        Button adoption = new Button(getTranslation("nav.adoption"), VaadinIcon.CONNECT.create(),
                e -> UI.getCurrent().navigate(AdoptionView.class));
        adoption.setId("open-adoption");
        return new HorizontalLayout(adoption, status);
    }

    private static Row adopted(EffectiveProcedure p, BigDecimal sourceTotal, String source) {
        return new Row(p.provinceProcedureId(), p.name(), p.nationalCode(), p.field(), p.handlingLevel(), p.onlineLevel(),
                p.totalDays(), sourceTotal, source);
    }

    private void configureGrid(boolean adopted) {
        grid.setId("procedures");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<Row>of("""
                        <div class="procedure-name">${item.name}</div>
                        <div class="procedure-detail" style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">${item.detail}</div>""")
                        .withProperty("name", Row::name)
                        .withProperty("detail", Row::detail))
                .setHeader(getTranslation("procedure.name")).setWidth("14rem").setFlexGrow(1).setKey("name");
        grid.addColumn(r -> r.level() == null ? "" : getTranslation("level." + r.level().name()))
                .setHeader(getTranslation("procedure.handling-level")).setWidth("7.5rem").setFlexGrow(0).setKey("handling-level");
        grid.addColumn(r -> getTranslation("online-level." + r.onlineLevel().name()))
                .setHeader(getTranslation("procedure.online-level")).setWidth("8.5rem").setFlexGrow(0).setKey("online-level");
        grid.addColumn(r -> r.sourceTotalDays() == null ? days(r.totalDays())
                        : getTranslation("adoption.total-short", days(r.totalDays()), days(r.sourceTotalDays())))
                .setHeader(getTranslation(adopted ? "adoption.total-header" : "procedure.total-days"))
                .setWidth(adopted ? "8rem" : "7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("total-days");
        if (adopted) {
            grid.addColumn(Row::source).setHeader(getTranslation("procedure.source")).setWidth("9rem").setFlexGrow(0).setKey("source");
        }
    }

    /** "None yet" when nothing narrows the grid, "none matches" when the search or a filter does. */
    private void emptyText(String noneKey) {
        boolean narrowed = filters.isNarrowing() || serviceDay.getValue() != null;
        grid.setEmptyStateText(getTranslation(narrowed ? "procedure.no-match" : noneKey));
    }

    private String days(BigDecimal days) {
        return WorkingDaysFormat.format(days, getLocale());
    }

    private void configureServiceDay(CatalogService catalog) {
        serviceDay.setId("filter-service-day");
        serviceDay.setPlaceholder(getTranslation("filter.service-day"));
        serviceDay.setItems(catalog.serviceDaysInView());
        serviceDay.setItemLabelGenerator(d -> getTranslation("filter.service-day-item", d.tenantName(), d.name(),
                getTranslation("filter.weekday." + d.weekday().name())));
        serviceDay.setClearButtonVisible(true);
        serviceDay.setWidth("min(30em, 100%)");
    }

    private ProcedureFilter filter() {
        return filters.filter(serviceDay.getValue() == null ? null : serviceDay.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
