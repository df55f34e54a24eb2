package vn.motcua.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.catalog.AdoptionService;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.StepDefinition;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.OverrideConflict;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.tenants.Caller;
import vn.motcua.tenants.CallerContext;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.Role;
import vn.motcua.tenants.Tenant;
import vn.motcua.tenants.TenantDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A district's or commune's adoption of the catalog above it: the procedures it takes (or all of
 * them, later additions included), the local actor and shorter budget of each step, the effective
 * totals as the admin types, and what no longer fits the version in effect. A tenant with tenants
 * below it also sees what each of them adopts.
 */
@Route(value = "adoption", layout = AdminLayout.class)
public class AdoptionView extends VerticalLayout implements HasDynamicTitle {

    private final AdoptionService adoptions;
    private final TenantDirectory tenants;
    private final Checkbox adoptAll = new Checkbox();
    private final List<ProcedureAdoptionRow> rows = new ArrayList<>();
    private final Div conflicts = new Div();
    private CatalogVersion version;
    private String tenant;

    @Inject
    public AdoptionView(AdoptionService adoptions, TenantDirectory tenants, CallerContext callers) {
        this.adoptions = adoptions;
        this.tenants = tenants;
        Caller caller = callers.get();
        if (!caller.hasRole(Role.CATALOG_ADMIN)) {
            add(new Paragraph(getTranslation("admin.forbidden")));
            return;
        }
        tenant = caller.tenantId();
        add(new H2(getTranslation("nav.adoption")));
        Optional<CatalogVersion> adoptable = adoptions.adoptableVersion(Instant.now());
        if (adoptable.isPresent()) {
            version = adoptable.get();
            editor();
        } else {
            Paragraph own = new Paragraph(getTranslation("adoption.own-catalog"));
            own.setId("adoption-own");
            add(own);
        }
        descendants();
    }

    private void editor() {
        Paragraph source = new Paragraph(getTranslation("adoption.source", tenantName(version.tenantId()),
                version.decisionNumber(), Texts.day(version.effectiveFrom())));
        source.setId("adoption-source");
        Adoption current = adoptions.current();
        adoptAll.setId("adopt-all");
        adoptAll.setLabel(getTranslation("adoption.all"));
        adoptAll.setValue(current.adoptsAll());
        VerticalLayout list = new VerticalLayout();
        list.setId("adoption-procedures");
        list.setPadding(false);
        for (Procedure p : version.procedures()) {
            ProcedureKey key = ProcedureKey.of(p);
            ProcedureAdoptionRow row = new ProcedureAdoptionRow(p, current.adopts(key), current.overridesOf(key), this::validate);
            rows.add(row);
            list.add(row);
        }
        adoptAll.addValueChangeListener(e -> {
            rows.forEach(r -> r.adoptAll(e.getValue()));
            validate();
        });
        rows.forEach(r -> r.adoptAll(adoptAll.getValue()));
        Button save = new Button(getTranslation("adoption.save"), e -> save());
        save.setId("save-adoption");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflicts.setId("adoption-conflicts");
        add(source, adoptAll, list, save, new H3(getTranslation("adoption.review")), conflicts);
        validate();
        showConflicts();
    }

    /** The adoption as typed, leaving out overrides on procedures not adopted. */
    private Adoption typed() {
        boolean all = adoptAll.getValue();
        Set<ProcedureKey> keys = new LinkedHashSet<>();
        List<vn.motcua.catalog.adoption.StepOverride> overrides = new ArrayList<>();
        for (ProcedureAdoptionRow row : rows) {
            if (all || row.isAdopted()) {
                if (!all) {
                    keys.add(row.key());
                }
                overrides.addAll(row.overrides());
            }
        }
        return new Adoption(tenant, all, keys, overrides);
    }

    /** Shows each override's problem next to it and the effective totals; returns whether the adoption fits. */
    private boolean validate() {
        Adoption adoption = typed();
        List<AdoptionProblem> problems = adoption.validateAgainst(version);
        EffectiveCatalog effective = EffectiveCatalog.compute(version, adoption);
        for (ProcedureAdoptionRow row : rows) {
            row.showProblems(problems.stream().filter(p -> p.procedure().equals(row.key())).toList());
            row.showTotal(effective.procedure(row.key()).orElse(null));
        }
        return problems.isEmpty();
    }

    private void save() {
        if (!validate()) {
            Adoption adoption = typed();
            List<AdoptionProblem> problems = adoption.validateAgainst(version);
            rows.stream().filter(r -> problems.stream().anyMatch(p -> p.procedure().equals(r.key()))).forEach(ProcedureAdoptionRow::open);
            validate();
            Notification.show(getTranslation("adoption.not-saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            adoptions.adopt(typed(), Instant.now());
            Notification.show(getTranslation("adoption.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showConflicts();
        } catch (InvalidInput e) {
            Notification.show(getTranslation("adoption.not-saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** What the stored adoption no longer fits in the version in effect, for the admin to fix. */
    private void showConflicts() {
        conflicts.removeAll();
        Optional<EffectiveCatalog> effective = adoptions.effectiveCatalog(Instant.now());
        UnorderedList list = new UnorderedList();
        effective.ifPresent(c -> {
            for (ProcedureKey missing : c.missingProcedures()) {
                ListItem item = new ListItem(getTranslation("adoption.missing", name(missing), version.decisionNumber()));
                item.addClassName("adoption-conflict");
                list.add(item);
            }
            for (OverrideConflict conflict : c.conflicts()) {
                ListItem item = new ListItem(getTranslation("adoption.conflict", name(conflict.procedure()), conflict.step(),
                        reason(conflict)));
                item.addClassName("adoption-conflict");
                list.add(item);
            }
        });
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("adoption.no-conflicts"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            conflicts.add(none);
        } else {
            conflicts.add(list);
        }
    }

    private String reason(OverrideConflict conflict) {
        String provinceDays = provinceStep(conflict.procedure(), conflict.step())
                .map(s -> s.budgetDays() == null ? "" : s.budgetDays().stripTrailingZeros().toPlainString()).orElse("");
        return getTranslation("adoption.problem." + conflict.reason().name(), provinceDays);
    }

    private Optional<StepDefinition> provinceStep(ProcedureKey key, String step) {
        return version.procedures().stream().filter(p -> ProcedureKey.of(p).equals(key)).findFirst()
                .flatMap(p -> p.steps().stream().filter(s -> s.number().equals(step)).findFirst());
    }

    private String name(ProcedureKey key) {
        return version.procedures().stream().filter(p -> ProcedureKey.of(p).equals(key)).map(Procedure::name).findFirst()
                .orElse(key.name() != null ? key.name() : key.nationalCode());
    }

    private void descendants() {
        List<AdoptionService.TenantAdoption> below = adoptions.descendantAdoptions();
        if (below.isEmpty()) {
            return;
        }
        Grid<AdoptionService.TenantAdoption> grid = new Grid<>();
        grid.setId("descendant-adoptions");
        grid.setAllRowsVisible(true);
        grid.addColumn(AdoptionService.TenantAdoption::tenantName).setHeader(getTranslation("adoption.tenant")).setAutoWidth(true);
        grid.addColumn(t -> t.adoption().adoptsAll() ? getTranslation("adoption.everything")
                        : getTranslation("adoption.count", String.valueOf(t.adoption().procedures().size())))
                .setHeader(getTranslation("adoption.adopts")).setAutoWidth(true);
        grid.addColumn(t -> t.adoption().procedures().stream().map(this::keyText).reduce((a, b) -> a + "; " + b).orElse(""))
                .setHeader(getTranslation("adoption.procedures")).setFlexGrow(3);
        grid.addColumn(t -> t.adoption().overrides().size()).setHeader(getTranslation("adoption.overrides")).setAutoWidth(true);
        grid.setItems(below);
        add(new H3(getTranslation("adoption.below")), grid);
    }

    private String keyText(ProcedureKey key) {
        return version == null ? (key.name() != null ? key.name() : key.nationalCode()) : name(key);
    }

    private String tenantName(String id) {
        return tenants.find(id).map(Tenant::name).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.adoption");
    }
}
