package vn.motcua.admin.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.admin.TenantAdministration;
import vn.motcua.tenants.admin.TenantView;
import vn.motcua.web.Responsive;
import vn.motcua.web.AccessGate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant tree the admin may see: their own tenant and everything below it (the platform
 * operator: every province). From here they create units, rename, move and merge them.
 */
@Route(value = "tenants", layout = AdminLayout.class)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantAdministration tenants;
    private final TreeGrid<TenantView> tree = new TreeGrid<>();
    private final Caller caller;
    private List<TenantView> visible = List.of();

    @Inject
    public TenantsView(TenantAdministration tenants, CallerContext callers) {
        this.tenants = tenants;
        this.caller = callers.get();
        setSizeFull();
        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN)) {
            return;
        }
        tree.setId("tenant-tree");
        tree.addHierarchyColumn(TenantView::name).setHeader(getTranslation("tenant.name")).setFlexGrow(3).setKey("name");
        tree.addColumn(t -> getTranslation("tenant.kind." + t.kind().name())).setHeader(getTranslation("tenant.kind")).setAutoWidth(true).setKey("kind");
        Grid.Column<TenantView> id = tree.addColumn(TenantView::id).setHeader(getTranslation("tenant.id")).setAutoWidth(true).setKey("id");
        // the technical id gives way to the unit code and the state on a tablet
        Responsive.hideBelow(tree, 1100, List.of(id));
        tree.addColumn(t -> t.unitCode() == null ? "" : t.unitCode()).setHeader(getTranslation("tenant.unit-code"))
                .setAutoWidth(true).setKey("unitCode");
        tree.addColumn(this::state).setHeader(getTranslation("tenant.state")).setAutoWidth(true).setKey("state");

        Button create = new Button(getTranslation("tenant.create"), VaadinIcon.PLUS.create(),
                e -> new TenantDialogs.Create(tenants, selectedId(), this::refresh).open());
        create.setId("tenant-create");
        Button rename = new Button(getTranslation("tenant.rename"), VaadinIcon.EDIT.create(),
                e -> selected().ifPresent(t -> new TenantDialogs.Rename(tenants, t, this::refresh).open()));
        rename.setId("tenant-rename");
        Button unitCode = new Button(getTranslation("tenant.unit-code"), VaadinIcon.BARCODE.create(),
                e -> selected().ifPresent(t -> new TenantDialogs.UnitCode(tenants, t, this::refresh).open()));
        unitCode.setId("tenant-unit-code");
        Button move = new Button(getTranslation("tenant.move"), VaadinIcon.ARROWS.create(),
                e -> selected().ifPresent(t -> new TenantDialogs.Move(tenants, t, visible, this::refresh).open()));
        move.setId("tenant-move");
        Button merge = new Button(getTranslation("tenant.merge"), VaadinIcon.COMPRESS.create(),
                e -> new TenantDialogs.Merge(tenants, visible, selected().orElse(null), this::refresh).open());
        merge.setId("tenant-merge");
        rename.setEnabled(false);
        unitCode.setEnabled(false);
        move.setEnabled(false);
        tree.asSingleSelect().addValueChangeListener(e -> {
            boolean changeable = e.getValue() != null && !e.getValue().merged();
            rename.setEnabled(changeable);
            unitCode.setEnabled(changeable);
            move.setEnabled(changeable);
        });
        HorizontalLayout toolbar = new HorizontalLayout(create, rename, unitCode, move, merge);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("tenant.tree")), new Paragraph(getTranslation("tenant.tree-help")), toolbar, tree);
        expand(tree);
        refresh();
    }

    private String state(TenantView t) {
        if (t.merged()) {
            return getTranslation("tenant.state.merged", nameOf(t.mergedInto()));
        }
        // not "provisioned": demo tenants come with their groups from the realm template and are
        // linked at their first change; a failed provisioning is reported when it happens
        return getTranslation("tenant.state.active");
    }

    private String nameOf(String id) {
        return visible.stream().filter(t -> t.id().equals(id)).map(TenantView::name).findFirst().orElse(id);
    }

    private Optional<TenantView> selected() {
        return tree.asSingleSelect().getOptionalValue();
    }

    private String selectedId() {
        return selected().map(TenantView::id).orElse(caller.belongsToTenant() ? caller.tenantId() : null);
    }

    void refresh() {
        visible = tenants.visible();
        Map<String, TenantView> byId = new HashMap<>();
        visible.forEach(t -> byId.put(t.id(), t));
        TreeData<TenantView> data = new TreeData<>();
        for (TenantView t : visible) { // parents come before their children
            TenantView parent = t.parentId() == null ? null : byId.get(t.parentId());
            data.addItem(parent, t);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 3);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenant.tree");
    }
}
