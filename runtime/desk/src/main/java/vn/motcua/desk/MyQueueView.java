package vn.motcua.desk;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.motcua.engine.read.DossierFilter;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;

/** The user's own queue: the dossiers whose open step they have taken, at a unit of theirs. */
@Route(value = "", layout = DeskLayout.class)
public class MyQueueView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyQueueView(DossierQueries dossiers, CallerContext callers) {
        Caller caller = callers.get();
        if (!Queues.gate(this, caller)) {
            return;
        }
        QueueGrid grid = new QueueGrid("queue.mine.empty");
        DossierFilter mine = new DossierFilter(null, null, caller.username(), null, null, true);
        grid.setItems(q -> dossiers.list(mine, q.getOffset(), q.getLimit()).items().stream());
        Queues.frame(this, "nav.mine", grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mine") + " · Motcua";
    }
}
