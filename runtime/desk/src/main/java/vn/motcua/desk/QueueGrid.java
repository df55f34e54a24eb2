package vn.motcua.desk;

import vn.motcua.web.Responsive;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.motcua.engine.read.DossierSummary;

import java.util.List;

/**
 * A list of dossiers as every queue shows it: code, procedure, applicant, status, current step,
 * due instant and a lateness badge; a click opens the dossier. Below a laptop's width the
 * applicant and the status give way, below a tablet's the step, so the code, the procedure, the
 * due and the badge stay readable (the mobile teams' screens build on it).
 */
class QueueGrid extends Grid<DossierSummary> {

    private static final int LAPTOP = 1100;
    private static final int TABLET = 900;

    private final Column<DossierSummary> applicant;
    private final Column<DossierSummary> status;
    private final Column<DossierSummary> step;

    QueueGrid(String emptyKey) {
        setId("queue");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(DossierSummary::code).setHeader(getTranslation("dossier.code")).setAutoWidth(true).setFlexGrow(0).setKey("code");
        addColumn(DossierSummary::procedureName).setHeader(getTranslation("dossier.procedure")).setWidth("5rem").setFlexGrow(3).setKey("procedure");
        applicant = addColumn(DossierSummary::applicant).setHeader(getTranslation("dossier.applicant")).setWidth("8rem").setFlexGrow(1).setKey("applicant");
        status = addColumn(d -> Texts.status(this, d.status())).setHeader(getTranslation("dossier.status")).setWidth("8rem").setFlexGrow(1).setKey("status");
        step = addColumn(d -> d.step() == null ? "" : d.step() + (d.stepRole() == null ? "" : " · " + Texts.role(this, d.stepRole())))
                .setHeader(getTranslation("dossier.step")).setWidth("8rem").setFlexGrow(1).setKey("step");
        addColumn(d -> Texts.when(d.appointment())).setHeader(getTranslation("dossier.appointment"))
                .setAutoWidth(true).setFlexGrow(0).setKey("appointment");
        addComponentColumn(d -> Texts.standing(this, d.standing())).setHeader(getTranslation("dossier.standing"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START).setKey("standing");
        setEmptyStateText(getTranslation(emptyKey));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().code())));
        // the flexible columns start from widths their headers fit in, so no header is cut short
        setSizeFull();
        Responsive.hideBelow(this, LAPTOP, List.of(applicant, status));
        Responsive.hideBelow(this, TABLET, List.of(step));
    }

    void show(List<DossierSummary> items) {
        setItems(items);
    }

}
