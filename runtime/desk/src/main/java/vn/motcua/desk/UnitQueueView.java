package vn.motcua.desk;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.engine.read.DossierFilter;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;

/** The unit's claimable queue: dossiers it holds whose open step, in one of the user's roles, no one has taken. */
@Route(value = "unit", layout = DeskLayout.class)
public class UnitQueueView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public UnitQueueView(DossierQueries dossiers, CallerContext callers) {
        Caller caller = callers.get();
        if (!Queues.gate(this, caller)) {
            return;
        }
        QueueGrid grid = new QueueGrid("queue.unit.empty");
        DossierFilter claimable = new DossierFilter(null, null, null, null, null, true, true);
        grid.setItems(q -> dossiers.list(claimable, q.getOffset(), q.getLimit()).items().stream());
        Queues.frame(this, "nav.unit", grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.unit") + " · Motcua";
    }
}
