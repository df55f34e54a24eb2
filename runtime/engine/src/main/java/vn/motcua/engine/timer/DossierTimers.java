package vn.motcua.engine.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the dossier timers that are due: any server may (a scheduler on each polls, and tests call it
 * after moving the clock); each timer row is claimed by one server and fired once (see
 * {@link TimerClaims} and {@link TimerFiring}). Rows live in the database, so timers survive a restart.
 */
@ApplicationScoped
public class DossierTimers {

    private static final Logger LOG = Logger.getLogger(DossierTimers.class.getName());
    private static final int BATCH = 50;

    /** This server's name in lock_owner: the JVM and a random part, so two domains on one host differ. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    TimerClaims claims;

    @Inject
    TimerFiring firing;

    /** Fires every timer due at {@code now}; answers how many this call fired. */
    public int runDue(Instant now) {
        int fired = 0;
        while (true) {
            List<Long> batch = claims.claim(owner, now, BATCH);
            if (batch.isEmpty()) {
                return fired;
            }
            for (Long id : batch) {
                try {
                    if (firing.fire(id, owner, now)) {
                        fired++;
                    }
                } catch (RuntimeException e) {
                    // left claimed: retried by any server once the claim expires
                    LOG.log(Level.WARNING, "timer " + id + " failed; it is retried after its claim expires", e);
                }
            }
            if (batch.size() < BATCH) {
                return fired;
            }
        }
    }
}
