package vn.motcua.engine.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.motcua.engine.command.Contexts;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.DossierEvent;
import vn.motcua.engine.dossier.TimerChange;
import vn.motcua.engine.store.DossierStore;
import vn.motcua.engine.store.TimerRecord;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fires one claimed timer in its own transaction: the command it runs (a posting's end) and the
 * timer's fired mark commit together, so it fires once; a timer meeting a dossier that moved on
 * changes nothing but its mark.
 */
@ApplicationScoped
public class TimerFiring {

    @Inject
    Tenancy tenancy;

    @Inject
    DossierStore store;

    @Inject
    Contexts contexts;

    /** Whether the timer fired now (false: another server fired it, or its claim was lost). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fire(long timerId, String owner, Instant now) {
        EntityManager em = tenancy.asSystem();
        TimerRecord timer = em.find(TimerRecord.class, timerId, LockModeType.PESSIMISTIC_WRITE);
        if (timer == null || timer.firedAt() != null || !owner.equals(timer.lockOwner())) {
            return false;
        }
        TimerChange.Key key = timer.key();
        Optional<DossierStore.Loaded> found = store.findAsSystem(key.dossier());
        if (found.isPresent()) {
            DossierStore.Loaded loaded = found.get();
            CommandContext ctx = contexts.ofSystem(now);
            if (key.purpose() == TimerChange.Purpose.POSTING_END) {
                CommandResult result = loaded.dossier().endPosting(key, ctx);
                if (result.changedAnything()) {
                    store.update(loaded, result);
                }
            } else {
                loaded.dossier().aboutToBeLate(ctx).ifPresent(warning -> store.update(loaded,
                        new CommandResult(null, List.<DossierEvent>of(warning), List.of())));
            }
        }
        tenancy.asSystem().find(TimerRecord.class, timerId).fired(now);
        return true;
    }
}
