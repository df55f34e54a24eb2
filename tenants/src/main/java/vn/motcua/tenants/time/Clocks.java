package vn.motcua.tenants.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * The application's one source of "now": every service, resource and view injects {@link Clock}
 * and never calls {@code Instant.now()}. It is the system's UTC clock, or an {@link AdjustableClock}
 * where {@code motcua.clock.adjustable} is true (the integration tests' stack, never production).
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "motcua.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private Clock clock;

    @PostConstruct
    void init() {
        clock = adjustable ? new AdjustableClock(Clock.systemUTC()) : Clock.systemUTC();
    }

    /** One instance for the whole application (dependent scope: a {@link Clock} needs no proxy). */
    @Produces
    Clock clock() {
        return clock;
    }

    /** The clock tests may set, when this deployment has one. */
    public Optional<AdjustableClock> adjustable() {
        return clock instanceof AdjustableClock a ? Optional.of(a) : Optional.empty();
    }
}
