package vn.motcua.desk;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.engine.read.DossierFilter;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.engine.read.DossierSummary;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.web.AppHeader;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The dossiers the desk's unit holds now, the most urgent first (a simple queue; the full desk comes later). */
@Route("")
public class QueueView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    public QueueView(DossierQueries dossiers, CallerContext callers, TenantDirectory tenants) {
        Caller caller = callers.get();
        setSizeFull();
        setPadding(false);
        add(new AppHeader("desk.title", caller, tenants));

        if (!caller.hasAnyRole(Role.STAFF)) {
            add(new Paragraph(getTranslation("desk.forbidden")));
            return;
        }
        Grid<DossierSummary> grid = new Grid<>();
        grid.setId("queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DossierSummary::code).setHeader(getTranslation("dossier.code")).setAutoWidth(true).setKey("code");
        grid.addColumn(DossierSummary::procedureName).setHeader(getTranslation("dossier.procedure")).setFlexGrow(3).setKey("procedure");
        grid.addColumn(DossierSummary::applicant).setHeader(getTranslation("dossier.applicant")).setAutoWidth(true).setKey("applicant");
        grid.addColumn(d -> d.step() == null ? "" : d.step() + (d.stepRole() == null ? "" : " · " + getTranslation("role." + d.stepRole())))
                .setHeader(getTranslation("dossier.step")).setAutoWidth(true).setKey("step");
        grid.addColumn(d -> d.appointment() == null ? "" : WHEN.format(d.appointment())).setHeader(getTranslation("dossier.appointment"))
                .setAutoWidth(true).setKey("appointment");
        DossierFilter held = new DossierFilter(null, null, null, null, null, true);
        grid.setItems(query -> dossiers.list(held, query.getOffset(), query.getLimit()).items().stream());
        grid.setEmptyStateText(getTranslation("desk.empty"));
        VerticalLayout body = new VerticalLayout(grid);
        body.setSizeFull();
        add(body);
        expand(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
