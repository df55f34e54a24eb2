package vn.motcua.engine.dossier;

import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every command needs besides its own arguments: who, through which client, when (from the
 * service's one injectable {@code java.time.Clock}), and the tenants' calendars for the clock.
 * The instant is cut to the millisecond, the precision the history stores and hashes, so a history
 * entry read back from the database hashes as it did when written.
 *
 * @param warningWindow how long before its due a dossier is "about to be late" (a tenant setting)
 */
public record CommandContext(Actor actor, ClientInfo client, Instant at, Calendars calendars, WorkingDays warningWindow) {

    /** Half a working day: the default "about to be late" window. */
    public static final WorkingDays DEFAULT_WARNING = WorkingDays.ofQuarters(2);

    public CommandContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(calendars, "calendars");
        client = client == null ? ClientInfo.NONE : client;
        at = at.truncatedTo(ChronoUnit.MILLIS);
        warningWindow = warningWindow == null ? DEFAULT_WARNING : warningWindow;
    }

    public static CommandContext of(Actor actor, ClientInfo client, Instant at, Calendars calendars) {
        return new CommandContext(actor, client, at, calendars, DEFAULT_WARNING);
    }
}
