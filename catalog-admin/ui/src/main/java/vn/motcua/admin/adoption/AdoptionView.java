package vn.motcua.admin.adoption;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.admin.AdminLayout;
import vn.motcua.admin.Texts;
import vn.motcua.admin.catalog.ProcedureFilterBar;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.AdoptionProblem;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.EffectiveStep;
import vn.motcua.catalog.adoption.OverrideConflict;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AccessGate;
import vn.motcua.web.FieldErrors;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A district's or commune's adoption of the catalog above it: the procedures it takes (or all of
 * them, later additions included), the local actor and shorter budget of each step, the effective
 * totals, and what no longer fits the version in effect. A tenant with tenants below it also sees
 * what each of them adopts.
 *
 * <p>The province's procedures are a lazy grid paged, searched (diacritics aside) and filtered in
 * the database, as on the procedure grid, so a catalog of 2,000 procedures costs one page at a
 * time. What the admin chooses — the procedures and each one's overrides, edited in a dialog —
 * stays in this view across pages and searches until one "Save" hands it to
 * {@link AdoptionService#adopt}, which checks it again.
 */
@Route(value = "adoption", layout = AdminLayout.class)
public class AdoptionView extends VerticalLayout implements HasDynamicTitle {

    private final AdoptionService adoptions;
    private final TenantDirectory tenants;
    private final Checkbox adoptAll = new Checkbox();
    private ProcedureFilterBar filters;
    private final Grid<Procedure> grid = new Grid<>();
    private final Span selectedCount = new Span();
    private final Button selectMatching = new Button();
    private final Button clearMatching = new Button();
    private final Div problems = new Div();
    private final Div conflicts = new Div();
    private GridLazyDataView<Procedure> items;
    private String tenant;
    private CatalogVersion version;
    private long adoptable;
    private final Clock clock;

    /** The adoption as the admin is shaping it: kept across pages and searches until saved. */
    private boolean all;
    private final Set<ProcedureKey> selected = new LinkedHashSet<>();
    private final Map<ProcedureKey, List<StepOverride>> overrides = new LinkedHashMap<>();

    @Inject
    public AdoptionView(AdoptionService adoptions, TenantDirectory tenants, CallerContext callers, Clock clock) {
        this.adoptions = adoptions;
        this.clock = clock;
        this.tenants = tenants;
        Caller caller = callers.get();
        if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) {
            return;
        }
        tenant = caller.tenantId();
        add(new H2(getTranslation("nav.adoption")));
        Optional<CatalogVersion> source = adoptions.adoptableVersion(clock.instant());
        if (source.isPresent()) {
            version = source.get();
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
        load(adoptions.current());
        adoptable = adoptions.countAdoptableProcedures(ProcedureFilter.NONE, clock.instant());
        adoptAll.setId("adopt-all");
        adoptAll.setLabel(getTranslation("adoption.all"));
        adoptAll.setValue(all);
        adoptAll.addValueChangeListener(e -> {
            all = e.getValue();
            if (!all && selected.isEmpty()) {
                // from "everything" to a subset: start from everything, as the boxes showed it
                selected.addAll(adoptions.adoptableKeys(ProcedureFilter.NONE, clock.instant()));
            }
            changed();
            items.refreshAll();
        });
        filters = new ProcedureFilterBar("adoption-search", "adoption-", adoptions.adoptableFields(clock.instant()));
        configureGrid();
        selectMatching.setText(getTranslation("adoption.select-matching"));
        selectMatching.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        selectMatching.setId("adoption-select-matching");
        selectMatching.addClickListener(e -> {
            selected.addAll(adoptions.adoptableKeys(filter(), clock.instant()));
            changed();
            items.refreshAll();
        });
        clearMatching.setText(getTranslation("adoption.clear-matching"));
        clearMatching.setIcon(VaadinIcon.THIN_SQUARE.create());
        clearMatching.setId("adoption-clear-matching");
        clearMatching.addClickListener(e -> {
            adoptions.adoptableKeys(filter(), clock.instant()).forEach(selected::remove);
            changed();
            items.refreshAll();
        });
        selectedCount.setId("adoption-selected-count");
        selectedCount.addClassNames(LumoUtility.TextColor.SECONDARY);
        Button save = new Button(getTranslation("adoption.save"), e -> save());
        save.setId("save-adoption");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("adoption-problems");
        conflicts.setId("adoption-conflicts");
        HorizontalLayout filterRow = new HorizontalLayout(filters.search(), filters);
        filterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        filterRow.setWrap(true);
        HorizontalLayout selection = new HorizontalLayout(selectMatching, clearMatching, selectedCount);
        selection.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(source, adoptAll, filterRow, selection, grid, problems, save, new H3(getTranslation("adoption.review")), conflicts);
        changed();
        showConflicts();
    }

    private void load(Adoption adoption) {
        all = adoption.adoptsAll();
        selected.clear();
        selected.addAll(adoption.procedures());
        overrides.clear();
        adoption.overrides().forEach(o -> overrides.computeIfAbsent(o.procedure(), k -> new ArrayList<>()).add(o));
    }

    private void configureGrid() {
        grid.setId("adoption-procedures");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32em");
        // fits an 800 px tablet: the national code and the field are a second line under the name
        grid.addColumn(new ComponentRenderer<>(this::adoptedBox)).setHeader(getTranslation("adoption.adopted"))
                .setWidth("5.5rem").setFlexGrow(0).setKey("adopted");
        grid.addColumn(LitRenderer.<Procedure>of("""
                        <div>${item.name}</div>
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">${item.detail}</div>""")
                        .withProperty("name", Procedure::name)
                        .withProperty("detail", p -> Stream.of(p.nationalCode(), p.field())
                                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("procedure.name")).setWidth("14rem").setFlexGrow(1).setKey("name");
        grid.addColumn(p -> getTranslation("online-level." + p.onlineLevel().name()))
                .setHeader(getTranslation("procedure.online-level")).setWidth("8.5rem").setFlexGrow(0).setKey("online-level");
        grid.addColumn(new ComponentRenderer<>(this::total)).setHeader(getTranslation("adoption.total-header"))
                .setWidth("8rem").setFlexGrow(0).setKey("total");
        grid.addColumn(new ComponentRenderer<>(this::stepsButton)).setHeader(getTranslation("adoption.overrides"))
                .setWidth("10rem").setFlexGrow(0).setKey("overrides");
        items = grid.setItems(query -> adoptions.adoptableProcedures(filter(), query.getOffset(), query.getLimit(), clock.instant()).stream(),
                query -> (int) adoptions.countAdoptableProcedures(filter(), clock.instant()));
        items.setIdentifierProvider(Procedure::id);
        emptyText();
        filters.onChange(() -> {
            items.refreshAll();
            emptyText();
        });
    }

    /** "None" for a catalog above without procedures, "none matches" when the search or a filter narrows it. */
    private void emptyText() {
        grid.setEmptyStateText(getTranslation(filters.isNarrowing() ? "procedure.no-match" : "adoption.none-above"));
    }

    private ProcedureFilter filter() {
        return filters.filter(null);
    }

    private boolean adopts(ProcedureKey key) {
        return all || selected.contains(key);
    }

    private Component adoptedBox(Procedure p) {
        ProcedureKey key = ProcedureKey.of(p);
        Checkbox box = new Checkbox(adopts(key));
        box.addClassName("adopt-procedure");
        box.getElement().setAttribute("data-procedure", p.name());
        box.getElement().setAttribute("aria-label", p.name());
        box.setReadOnly(all);
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue()) {
                selected.add(key);
            } else {
                selected.remove(key);
            }
            changed();
            items.refreshItem(p);
        });
        return box;
    }

    /** "Effective total / the province's" for an adopted procedure, the province's days otherwise. */
    private Component total(Procedure p) {
        ProcedureKey key = ProcedureKey.of(p);
        Span total = new Span();
        total.addClassName("effective-total");
        total.getElement().setAttribute("data-procedure", p.name());
        if (adopts(key)) {
            EffectiveProcedure effective = EffectiveCatalog.procedure(p, overridesOf(key));
            total.setText(getTranslation("adoption.total-short", days(effective.totalDays()), days(p.totalDays())));
        } else {
            total.setText(getTranslation("adoption.days", days(p.totalDays())));
            total.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
        if (!typed().problemsWith(p).isEmpty() && adopts(key)) {
            total.addClassNames(LumoUtility.TextColor.ERROR);
            total.setTitle(getTranslation("adoption.row-problems"));
        }
        return total;
    }

    private Component stepsButton(Procedure p) {
        ProcedureKey key = ProcedureKey.of(p);
        Button button = new Button(getTranslation("adoption.edit-steps", String.valueOf(overridesOf(key).size())),
                VaadinIcon.EDIT.create());
        button.addClassName("adoption-steps");
        button.getElement().setAttribute("data-procedure", p.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> new StepOverridesDialog(p, tenant, overridesOf(key), adopts(key), typed -> {
            if (typed.isEmpty()) {
                overrides.remove(key);
            } else {
                overrides.put(key, typed);
            }
            changed();
            items.refreshItem(p);
        }).open());
        return button;
    }

    private List<StepOverride> overridesOf(ProcedureKey key) {
        return overrides.getOrDefault(key, List.of());
    }

    /** After any change of the state: the counts and what may be pressed. */
    private void changed() {
        selectMatching.setEnabled(!all);
        clearMatching.setEnabled(!all);
        selectedCount.setText(all ? getTranslation("adoption.selected-all", String.valueOf(adoptable))
                : getTranslation("adoption.selected", String.valueOf(selected.size()), String.valueOf(adoptable)));
        problems.removeAll();
    }

    /** The adoption as the admin shaped it, leaving out overrides of procedures not adopted. */
    private Adoption typed() {
        List<StepOverride> kept = new ArrayList<>();
        overrides.forEach((key, list) -> {
            if (adopts(key)) {
                kept.addAll(list);
            }
        });
        return new Adoption(tenant, all, all ? Set.of() : selected, kept);
    }

    /**
     * Saves the adoption as the service fits it: what the version in effect no longer has
     * (procedures, steps) is dropped, as the review list below said; an override whose budget no
     * longer fits stops the save and is listed, for the admin to correct in its procedure's dialog.
     */
    private void save() {
        try {
            Adoption stored = adoptions.adopt(typed(), clock.instant());
            load(stored);
            changed();
            items.refreshAll();
            Notification.show(getTranslation("adoption.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showConflicts();
        } catch (InvalidInput e) {
            showProblems(e.problems(AdoptionProblem.class));
            Notification.show(getTranslation("adoption.not-saved"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showProblems(List<AdoptionProblem> left) {
        problems.removeAll();
        Map<ProcedureKey, String> names = namesInEffect();
        UnorderedList list = new UnorderedList();
        for (AdoptionProblem p : left) {
            ListItem item = new ListItem(getTranslation("adoption.conflict", names.getOrDefault(p.procedure(), keyText(p.procedure())),
                    p.step(), FieldErrors.text(this, p)));
            item.addClassNames("adoption-problem", LumoUtility.TextColor.ERROR);
            list.add(item);
        }
        problems.add(list);
    }

    private Map<ProcedureKey, String> namesInEffect() {
        Map<ProcedureKey, String> names = new LinkedHashMap<>();
        adoptions.effectiveCatalog(clock.instant()).ifPresent(c -> c.procedures().forEach(p -> names.put(p.key(), p.name())));
        return names;
    }

    /** What the stored adoption no longer fits in the version in effect, for the admin to fix. */
    private void showConflicts() {
        conflicts.removeAll();
        Optional<EffectiveCatalog> effective = adoptions.effectiveCatalog(clock.instant());
        UnorderedList list = new UnorderedList();
        effective.ifPresent(c -> {
            for (ProcedureKey missing : c.missingProcedures()) {
                ListItem item = new ListItem(getTranslation("adoption.missing", keyText(missing), version.decisionNumber()));
                item.addClassName("adoption-conflict");
                list.add(item);
            }
            for (OverrideConflict conflict : c.conflicts()) {
                Optional<EffectiveProcedure> procedure = c.procedure(conflict.procedure());
                // a conflicting override is not applied: the effective step carries the province's budget
                String provinceDays = procedure.flatMap(p -> p.step(conflict.step())).map(EffectiveStep::budgetDays)
                        .map(this::days).orElse("");
                ListItem item = new ListItem(getTranslation("adoption.conflict",
                        procedure.map(EffectiveProcedure::name).orElse(keyText(conflict.procedure())), conflict.step(),
                        problemText(this, conflict.reason(), provinceDays)));
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

    static String problemText(Component c, AdoptionProblem.Kind kind, String provinceDays) {
        return c.getTranslation("adoption.problem." + kind.name(), provinceDays);
    }

    private String days(BigDecimal days) {
        return WorkingDaysFormat.format(days, getLocale());
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
        grid.addColumn(t -> t.adoption().procedures().stream().map(AdoptionView::keyText).reduce((a, b) -> a + "; " + b).orElse(""))
                .setHeader(getTranslation("adoption.procedures")).setFlexGrow(3);
        grid.addColumn(t -> t.adoption().overrides().size()).setHeader(getTranslation("adoption.overrides")).setAutoWidth(true);
        grid.setItems(below);
        add(new H3(getTranslation("adoption.below")), grid);
    }

    private static String keyText(ProcedureKey key) {
        return key.name() != null ? key.name() : key.nationalCode();
    }

    private String tenantName(String id) {
        return tenants.find(id).map(Tenant::name).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.adoption");
    }
}
