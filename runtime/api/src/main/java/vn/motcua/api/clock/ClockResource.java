package vn.motcua.api.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.time.AdjustableClock;
import vn.motcua.tenants.time.Clocks;

import java.time.Clock;
import java.time.Instant;

/**
 * The application's time. Anyone signed in reads it; where the deployment has an adjustable clock
 * (the integration tests' stack only) the platform operator sets it, so scenario tests run weeks of
 * working days without waiting. Elsewhere setting it is 404: production time is the system's.
 */
@Path("clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN, Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.RECEPTION, Role.SPECIALIST,
        Role.LEADER, Role.SUPERVISOR})
public class ClockResource {

    @Inject
    Clock clock;

    @Inject
    Clocks clocks;

    @Inject
    vn.motcua.engine.timer.DossierTimers timers;

    @GET
    public Time now() {
        return new Time(clock.instant(), clocks.adjustable().isPresent(), clocks.adjustable().map(AdjustableClock::isSet).orElse(false));
    }

    /** Sets the adjustable clock: it stands at {@code instant} until set again or released. */
    @PUT
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public Time set(Setting body) {
        adjustable().setTo(RequestBodies.required(body).instant());
        return now();
    }

    /** Back to the system's time. */
    @DELETE
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public Time release() {
        adjustable().release();
        return now();
    }

    /**
     * Runs the dossier timers due at the clock's now (postings coming down, warnings), as every
     * server's poller does on its own schedule: tests call it after moving the clock, so they never
     * wait. Each timer fires once, whoever runs it.
     */
    @POST
    @Path("timers")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public TimersRun runTimers() {
        return new TimersRun(clock.instant(), timers.runDue(clock.instant()));
    }

    /** How many timers this call fired (others may have been fired by a server's poller). */
    public record TimersRun(Instant at, int fired) {
    }

    private AdjustableClock adjustable() {
        return clocks.adjustable().orElseThrow(() -> new NotFound("this deployment's clock is the system's and cannot be set"));
    }

    /** The instant the clock is to stand at. */
    public record Setting(@NotNull Instant instant) {
    }

    /** Now, whether this deployment's clock may be set, and whether it is. */
    public record Time(Instant now, boolean adjustable, boolean set) {
    }
}
