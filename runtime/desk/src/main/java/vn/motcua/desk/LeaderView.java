package vn.motcua.desk;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.tenants.access.CallerContext;

/** The leader's view: the unit's dossiers late or about to be late, the most urgent first. */
@Route(value = "leader", layout = DeskLayout.class)
public class LeaderView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 500;

    @Inject
    public LeaderView(DossierQueries dossiers, CallerContext callers) {
        if (!Queues.gate(this, callers.get())) {
            return;
        }
        QueueGrid grid = new QueueGrid("queue.leader.empty");
        grid.setId("urgent");
        grid.show(dossiers.urgent(SHOWN));
        Queues.frame(this, "nav.leader", grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leader") + " · Motcua";
    }
}
