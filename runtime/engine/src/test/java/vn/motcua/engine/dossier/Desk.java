package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.Channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the services of the next phase will do around the aggregate, for scenario tests: a fixed
 * clock moved by hand, the context of each command, the history kept in order, the events, and a
 * timer table that fires each due timer once.
 */
final class Desk {

    private Instant now;
    private Dossier dossier;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final Map<TimerChange.Key, Instant> timers = new HashMap<>();

    Desk(String start) {
        this.now = QuangTri.at(start);
    }

    /** Moves the clock to {@code local} (Vietnam time); time only moves forward. */
    Desk at(String local) {
        Instant next = QuangTri.at(local);
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("the clock does not go back from " + now + " to " + next);
        }
        now = next;
        return this;
    }

    Instant now() {
        return now;
    }

    CommandContext by(Actor actor) {
        return CommandContext.of(actor, new ClientInfo("motcua-desk", "10.0.0.7", null), now, QuangTri.CALENDARS);
    }

    Dossier receive(Route route, int sequence, Channel channel, Applicant applicant, Actor actor) {
        DossierCode code = new DossierCode("000.00.23.H50", java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                sequence);
        Dossier.Registration registration = Dossier.receive(code, route, channel, applicant, by(actor));
        dossier = registration.dossier();
        record(registration.result());
        return dossier;
    }

    Dossier dossier() {
        return dossier;
    }

    /** Runs {@code command} on the dossier as {@code actor} now, and keeps what it did. */
    CommandResult as(Actor actor, Function<CommandContext, CommandResult> command) {
        return record(command.apply(by(actor)));
    }

    /** Fires, in due order, every timer due by now, each once, as the system. */
    List<CommandResult> fireDueTimers() {
        List<CommandResult> fired = new ArrayList<>();
        List<Map.Entry<TimerChange.Key, Instant>> due = timers.entrySet().stream()
                .filter(t -> !t.getValue().isAfter(now)).sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<TimerChange.Key, Instant> timer : due) {
            timers.remove(timer.getKey());
            if (timer.getKey().purpose() == TimerChange.Purpose.POSTING_END) {
                fired.add(record(dossier.endPosting(timer.getKey(), by(Actor.system()))));
            } else {
                dossier.aboutToBeLate(by(Actor.system())).ifPresent(events::add);
            }
        }
        return fired;
    }

    List<HistoryEntry> history() {
        return history;
    }

    List<DossierEvent> events() {
        return events;
    }

    <E extends DossierEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    Map<TimerChange.Key, Instant> timers() {
        return timers;
    }

    Instant timer(TimerChange.Purpose purpose) {
        return timers.entrySet().stream().filter(t -> t.getKey().purpose() == purpose).map(Map.Entry::getValue)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private CommandResult record(CommandResult result) {
        if (result.history() != null) {
            history.add(result.history());
        }
        events.addAll(result.events());
        for (TimerChange t : result.timers()) {
            if (t instanceof TimerChange.Schedule s) {
                timers.put(s.key(), s.at());
            } else {
                timers.remove(t.key());
            }
        }
        return result;
    }
}
