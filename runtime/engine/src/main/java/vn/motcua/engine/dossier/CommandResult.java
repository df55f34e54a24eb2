package vn.motcua.engine.dossier;

import java.util.List;

/**
 * What one command did, for the service to write in the same transaction as the dossier: the
 * history entry (sealed into the chain), the events for the outbox, the timer rows to upsert or
 * delete. A timer that fires on a dossier that has moved on yields {@link #nothing()}.
 */
public record CommandResult(HistoryEntry history, List<DossierEvent> events, List<TimerChange> timers) {

    public CommandResult {
        events = List.copyOf(events);
        timers = List.copyOf(timers);
    }

    public static CommandResult nothing() {
        return new CommandResult(null, List.of(), List.of());
    }

    public boolean changedAnything() {
        return history != null;
    }

    /** The events of {@code type}, in order. */
    public <E extends DossierEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
