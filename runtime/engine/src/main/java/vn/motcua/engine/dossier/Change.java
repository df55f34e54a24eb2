package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One command being applied to a {@link Dossier}: what it found before, and what the history
 * entry and the {@link CommandResult} collect as the aggregate works — the role acted in, the
 * outcome, reasons, details, events and timer changes. The dossier seals it when done.
 */
final class Change {

    private final Command command;
    private final CommandContext ctx;
    private final DossierStatus next;
    private final DossierStatus statusBefore;
    private final String stepBefore;
    private final String holderBefore;
    private String role;
    private String outcome;
    private List<String> reasons = List.of();
    private final SortedMap<String, String> details = new TreeMap<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<TimerChange> timers = new ArrayList<>();

    Change(Command command, CommandContext ctx, DossierStatus next, DossierStatus statusBefore, String stepBefore,
           String holderBefore) {
        this.command = command;
        this.ctx = ctx;
        this.next = next;
        this.statusBefore = statusBefore;
        this.stepBefore = stepBefore;
        this.holderBefore = holderBefore;
    }

    /** The status the lifecycle table leads to. */
    DossierStatus next() {
        return next;
    }

    Instant at() {
        return ctx.at();
    }

    Actor actor() {
        return ctx.actor();
    }

    WorkingDays warningWindow() {
        return ctx.warningWindow();
    }

    WorkingCalendar calendar(String tenant) {
        return ctx.calendars().of(tenant);
    }

    void role(String actingRole) {
        this.role = actingRole;
    }

    void outcome(StepOutcome chosen) {
        this.outcome = chosen.kind() + (chosen.targetStep() == null ? "" : ">" + chosen.targetStep())
                + (chosen.label() == null ? "" : ": " + chosen.label());
    }

    void reasons(List<String> why) {
        this.reasons = why;
    }

    void detail(String name, String value) {
        if (value != null && !value.isEmpty()) {
            details.put(name, value);
        }
    }

    void event(DossierEvent event) {
        events.add(event);
    }

    void timer(TimerChange timer) {
        timers.add(timer);
    }

    /** The history entry, chained after {@code previousHash}, with the events and timers. */
    CommandResult seal(String dossier, long sequence, String previousHash, DossierStatus statusAfter, String stepAfter,
                       String holderAfter) {
        HistoryEntry entry = HistoryChain.seal(new HistoryEntry(dossier, sequence, ctx.at(), command,
                ctx.actor().userId(), role, ctx.actor().tenantId(), ctx.client().clientId(), ctx.client().ip(),
                ctx.client().idempotencyKey(), statusBefore, statusAfter, stepBefore, stepAfter, holderBefore, holderAfter,
                outcome, reasons, details, previousHash, null));
        return new CommandResult(entry, events, timers);
    }
}
