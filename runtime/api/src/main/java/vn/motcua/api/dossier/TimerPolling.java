package vn.motcua.api.dossier;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.engine.timer.DossierTimers;

import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the dossier timers on this server, from the container's scheduled executor, as the API
 * module starts (the engine jar, an EAR library, receives no start-up event). Every server polls;
 * the timer rows' claims make each timer fire once.
 */
@ApplicationScoped
public class TimerPolling {

    private static final Logger LOG = Logger.getLogger(TimerPolling.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DossierTimers timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "motcua.timers.poll-seconds", defaultValue = "30")
    int seconds;

    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = scheduler.scheduleWithFixedDelay(this::poll, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "dossier timers polled every " + seconds + " s");
    }

    private void poll() {
        try {
            int fired = timers.runDue(clock.instant());
            if (fired > 0) {
                LOG.info(() -> fired + " dossier timers fired");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "polling the dossier timers failed; next poll in " + seconds + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
