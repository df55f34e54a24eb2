package vn.motcua.engine.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.engine.dossier.Actor;
import vn.motcua.engine.dossier.Calendars;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the aggregate cannot know, for each command: the caller as an {@link Actor} (with the units
 * merged into their own), the instant from the one injected {@link Clock}, and every tenant's
 * working calendar (read as the system: a commune's desk computes the district's dues).
 */
@ApplicationScoped
public class Contexts {

    @Inject
    Tenancy tenancy;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** An instant the demo data's commands run at instead of the clock's (this thread only). */
    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    public Instant now() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : clock.instant();
    }

    /**
     * Runs {@code work} as if the clock read {@code at}: the demo data replays weeks of a desk's work
     * through the real commands at the instants they would have happened, on this thread only.
     */
    public <T> T replayedAt(Instant at, java.util.function.Supplier<T> work) {
        REPLAYED.set(at);
        try {
            return work.get();
        } finally {
            REPLAYED.remove();
        }
    }

    public CommandContext ofCaller(ClientInfo client) {
        Caller caller = tenancy.caller();
        Actor actor = new Actor(caller.username(), caller.belongsToTenant() ? caller.tenantId() : null, caller.roles(),
                tenancy.ownUnits());
        return new CommandContext(actor, client, now(), calendars(now()), null);
    }

    public CommandContext ofSystem(Instant at) {
        return new CommandContext(Actor.system(), null, at, calendars(at), null);
    }

    /** Each tenant's calendar around {@code at}, read once per command. */
    public Calendars calendars(Instant at) {
        Map<String, WorkingCalendar> read = new HashMap<>();
        return tenant -> read.computeIfAbsent(tenant, t -> calendars.ofAnyTenant(t, at));
    }
}
