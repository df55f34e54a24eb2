package vn.motcua.desk;

import vn.motcua.web.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.dossier.Lateness;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.engine.read.HistoryView;
import vn.motcua.engine.read.RouteStepDetails;
import vn.motcua.engine.read.StepView;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.OidcSettings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A dossier at {@code /desk/dossier/<code>}: who holds it (unit, assignee), its clock (appointment,
 * paused time), its route — each pass done or current with its due and lateness, the steps ahead —
 * its history, and the actions its status allows, each in a dialog.
 */
@Route(value = "dossier", layout = DeskLayout.class)
public class DossierView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int LAPTOP = 1100;

    private final DossierQueries queries;
    private final DossierCommands commands;
    private final CallerContext callers;
    private final TenantDirectory tenants;
    private final OidcSettings oidc;
    private final Clock clock;
    private String code;

    @Inject
    public DossierView(DossierQueries queries, DossierCommands commands, CallerContext callers, TenantDirectory tenants,
                       OidcSettings oidc, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.callers = callers;
        this.tenants = tenants;
        this.oidc = oidc;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        this.code = code;
        show();
    }

    /** (Re)draws the page from the dossier as it is now. */
    void show() {
        removeAll();
        if (!Queues.gate(this, callers.get())) {
            return;
        }
        DossierDetails d;
        List<RouteStepDetails> route;
        try {
            d = queries.get(code);
            route = queries.route(code);
        } catch (NotFound e) {
            add(new Paragraph(getTranslation("dossier.not-found", code)));
            return;
        }
        Instant now = clock.instant();

        H2 title = new H2(d.code());
        title.setId("dossier-code");
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Span status = new Span(Texts.status(this, d.status()));
        status.setId("dossier-status");
        status.addClassNames("standing");
        HorizontalLayout head = new HorizontalLayout(title, status, Texts.standing(this, standing(d, now)));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassNames(LumoUtility.FlexWrap.WRAP);
        Paragraph procedure = new Paragraph(d.procedureName());
        procedure.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontWeight.SEMIBOLD);

        Component actions = new StepActions(this, d, route, commands, callers.get(), oidc).bar();

        add(head, procedure, actions);
        add(section("dossier.who"), facts(
                fact("dossier.holder", tenantName(d.holder())),
                fact("dossier.assignee", d.currentStep() == null ? "" : Objects.toString(d.currentStep().assignee(), "—")),
                fact("dossier.step", d.currentStep() == null ? "" : d.currentStep().step() + " · " + Texts.role(this, d.currentStep().role())),
                fact("dossier.participants", d.participants().stream().map(this::tenantName).collect(Collectors.joining(", "))),
                fact("dossier.applicant", String.join(" · ", nonBlank(d.applicant().name(), d.applicant().phone(),
                        d.applicant().email(), d.applicant().address()))),
                fact("dossier.channel", getTranslation("channel." + d.channel()))));
        add(section("dossier.clock"), facts(
                fact("dossier.registered", Texts.when(d.registeredAt())),
                fact("dossier.accepted", Texts.when(d.acceptedAt())),
                fact("dossier.appointment", Texts.day(this, d.appointment())),
                fact("dossier.paused", Texts.minutes(d.pausedMinutes()) + (d.paused() ? " (" + getTranslation("dossier.paused-now") + ")" : "")),
                fact("dossier.processing-ended", Texts.when(d.processingEndedAt())),
                fact("dossier.resolution", d.resolution() == null ? "" : getTranslation("resolution." + d.resolution())
                        + (d.resolutionReasons().isEmpty() ? "" : ": " + String.join("; ", d.resolutionReasons()))),
                fact("dossier.result-returned", Texts.when(d.resultReturnedAt()))));
        add(section("dossier.route"), routeGrid(d, route, now));
        add(section("dossier.history"), historyGrid(d));
    }

    private String standing(DossierDetails d, Instant now) {
        if (d.lateness() != null) {
            return d.lateness();
        }
        if (d.appointment() == null || d.processingEndedAt() != null) {
            return null;
        }
        if (d.paused()) {
            return "PAUSED";
        }
        if (d.late()) {
            return Lateness.LATE.name();
        }
        if (d.aboutToBeLate()) {
            return "ABOUT_TO_BE_LATE";
        }
        return Lateness.of(now, d.appointment(), Texts.VIETNAM).name();
    }

    /** One row of the route: a pass that ran or runs, or a step ahead. */
    private record RouteRow(String number, String content, String state, String tenant, String role, String assignee,
                            Instant due, Instant ended, String lateness, String outcome, Integer budgetQuarters) {
    }

    private Grid<RouteRow> routeGrid(DossierDetails d, List<RouteStepDetails> route, Instant now) {
        List<RouteRow> rows = new ArrayList<>();
        int reached = -1;
        for (StepView s : d.steps()) {
            RouteStepDetails step = route.stream().filter(r -> r.number().equals(s.number())).findFirst().orElse(null);
            boolean open = s.endedAt() == null;
            String lateness = s.lateness() != null ? s.lateness()
                    : open && s.dueAt() != null && d.currentStep() != null && !d.paused() ? Lateness.of(now, s.dueAt(), Texts.VIETNAM).name()
                    : open && d.paused() ? "PAUSED" : null;
            rows.add(new RouteRow(s.step(), step == null ? "" : step.content(), open ? "current" : "done", s.handlingTenant(),
                    s.role(), s.assignee(), s.dueAt(), s.endedAt(), lateness,
                    s.outcome() == null ? null : getTranslation("outcome." + s.outcome()), step == null ? null : step.budgetQuarters()));
            if (open && step != null) {
                reached = route.indexOf(step);
            }
        }
        if (reached >= 0 && !d.steps().isEmpty()) {
            for (RouteStepDetails ahead : route.subList(reached + 1, route.size())) {
                rows.add(new RouteRow(ahead.number(), ahead.content(), "ahead", ahead.handlingTenant(), ahead.role(), null,
                        null, null, null, null, ahead.budgetQuarters()));
            }
        }
        Grid<RouteRow> grid = new Grid<>();
        grid.setId("route");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(RouteRow::number).setHeader(getTranslation("step.number")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(RouteRow::content).setHeader(getTranslation("step.content")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span state = new Span(getTranslation("step.state." + r.state()));
            state.addClassName("step-state-" + r.state());
            // how a pass ended sits under its state: one column fewer on a laptop
            if (r.outcome() == null) {
                return state;
            }
            Span outcome = new Span(r.outcome());
            outcome.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(state, outcome);
        }).setHeader(getTranslation("step.state")).setWidth("9rem").setFlexGrow(0);
        Grid.Column<RouteRow> unit = grid.addColumn(r -> tenantName(r.tenant()) + (r.role() == null ? "" : " · " + Texts.role(this, r.role())))
                .setHeader(getTranslation("step.unit")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<RouteRow> assignee = grid.addColumn(r -> Objects.toString(r.assignee(), ""))
                .setHeader(getTranslation("dossier.assignee")).setWidth("8rem").setFlexGrow(1);
        Grid.Column<RouteRow> budget = grid.addColumn(r -> r.budgetQuarters() == null ? getTranslation("step.not-counted")
                        : getTranslation("step.days", days(r.budgetQuarters())))
                .setHeader(getTranslation("step.budget")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.when(r.due())).setHeader(getTranslation("step.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> Texts.standing(this, r.lateness())).setHeader(getTranslation("dossier.standing"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Responsive.hideBelow(grid, LAPTOP, List.of(assignee, budget));
        Responsive.hideBelow(grid, 700, List.of(unit));
        return grid;
    }

    private Grid<HistoryView> historyGrid(DossierDetails d) {
        Grid<HistoryView> grid = new Grid<>();
        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(h -> Texts.when(h.at())).setHeader(getTranslation("history.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("command." + h.command())).setHeader(getTranslation("history.command")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(h -> h.user() + (h.role() == null ? "" : " · " + Texts.role(this, h.role()))).setHeader(getTranslation("history.user")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<HistoryView> status = grid.addColumn(h -> (h.statusBefore() == null ? "" : Texts.status(this, h.statusBefore()) + " → ")
                + Texts.status(this, h.statusAfter())).setHeader(getTranslation("history.status")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<HistoryView> step = grid.addColumn(h -> Objects.toString(h.stepBefore(), "–") + " → " + Objects.toString(h.stepAfter(), "–"))
                .setHeader(getTranslation("history.step")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> String.join("; ", h.reasons())).setHeader(getTranslation("history.reasons")).setWidth("9rem").setFlexGrow(2);
        grid.setItems(d.history());
        grid.setAllRowsVisible(true);
        Responsive.hideBelow(grid, LAPTOP, List.of(step));
        Responsive.hideBelow(grid, 700, List.of(status));
        return grid;
    }

    private String days(int quarters) {
        BigDecimal days = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).stripTrailingZeros();
        String text = days.toPlainString();
        return getLocale() != null && getLocale().getLanguage().equals("en") ? text : text.replace('.', ',');
    }

    private Component section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return h;
    }

    private static Div facts(Div... facts) {
        Div grid = new Div(facts);
        grid.addClassName("facts");
        return grid;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassName("fact-value");
        v.setId("fact-" + key.replace('.', '-'));
        return new Div(label, v);
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    String tenantName(String id) {
        return id == null ? "" : tenants.find(id).map(Tenant::name).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return (code == null ? "" : code + " · ") + "Motcua";
    }
}
