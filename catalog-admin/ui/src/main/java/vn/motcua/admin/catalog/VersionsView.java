package vn.motcua.admin.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Downloads;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.version.VersionStatus;
import vn.motcua.catalog.version.VersionSummary;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.web.AccessGate;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The tenant's catalog versions, newest first; selecting one shows what it changed from the one
 * before and offers it as a workbook or YAML file.
 */
@Route(value = "versions", layout = AdminLayout.class)
public class VersionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Vietnam.ZONE);

    @Inject
    public VersionsView(CatalogService catalog, CallerContext callers) {
        Caller caller = callers.get();
        setSizeFull();
        setPadding(false);
        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) {
            return;
        }
        List<VersionSummary> versions = catalog.ownVersions();
        Grid<VersionSummary> grid = new Grid<>();
        grid.setId("versions");
        // a draft's title is stored text; the screen names it in its own language
        grid.addColumn(v -> v.decisionNumber() != null ? v.decisionNumber()
                        : v.status() == VersionStatus.DRAFT ? getTranslation("version.draft-untitled") : v.title())
                .setHeader(getTranslation("version.decision"));
        grid.addColumn(v -> getTranslation("version.status." + v.status().name())).setHeader(getTranslation("version.status"));
        grid.addColumn(v -> v.effectiveFrom() == null ? "" : DAY.format(v.effectiveFrom())).setHeader(getTranslation("version.effective-from"));
        grid.addColumn(v -> v.publishedAt() == null ? "" : WHEN.format(v.publishedAt())).setHeader(getTranslation("version.published-at"));
        grid.addColumn(VersionSummary::procedureCount).setHeader(getTranslation("version.procedures"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);

        Pre changes = new Pre();
        changes.setId("version-changes");
        HorizontalLayout exports = new HorizontalLayout();
        exports.setId("version-exports");
        grid.asSingleSelect().addValueChangeListener(e -> {
            VersionSummary selected = e.getValue();
            exports.removeAll();
            if (selected != null) {
                exports.add(Downloads.of(catalog, selected, CatalogFormat.XLSX, getTranslation("export.xlsx"), "version-export-xlsx"),
                        Downloads.of(catalog, selected, CatalogFormat.YAML, getTranslation("export.yaml"), "version-export-yaml"));
            }
            int index = versions.indexOf(selected);
            if (selected == null) {
                changes.setText("");
            } else if (index == versions.size() - 1) {
                changes.setText(getTranslation("version.first"));
            } else {
                changes.setText(DiffText.render(this, getLocale(), catalog.diff(versions.get(index + 1).id(), selected.id())));
            }
        });
        changes.getStyle().set("white-space", "pre-wrap");
        Button back = new Button(getTranslation("procedure.back"), e -> UI.getCurrent().navigate(ProceduresView.class));
        VerticalLayout body = new VerticalLayout(new H2(getTranslation("version.history")), grid,
                new Paragraph(getTranslation("version.pick")), exports, changes, back);
        add(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("version.history");
    }
}
