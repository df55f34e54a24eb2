package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One execution of one route step: a row per pass, so a dossier sent back to step 1.2 keeps the
 * first pass (its assignee, times, outcome and reasons) beside the second, every step has its own
 * due instant and lateness, and — for interlinked groups later — several executions can be open at
 * once at different tenants.
 *
 * <p>Mutable, and changed only by its {@link Dossier}. The next phase maps it to a table
 * ({@code dossier_step_execution}) with {@link #version()} as its optimistic version.
 */
public final class StepExecution {

    private Long id;
    private final int sequence;
    private final int routeIndex;
    private final String stepNumber;
    private final int pass;
    private final String handlingTenant;
    private final String unit;
    private final String role;
    private String assignee;
    private final Instant startedAt;
    /** Null for a step not counted in the processing time. */
    private WorkingClock clock;
    /** The clock's due, kept for queries ("due before", "late"); null when not counted or paused. */
    private Instant dueAt;
    private Instant endedAt;
    private String endedBy;
    private StepEnding ending;
    private StepOutcome outcome;
    private List<String> reasons = List.of();
    private Lateness lateness;
    private Posting posting;
    private long version;

    StepExecution(int sequence, RouteStep step, int pass, Instant startedAt, WorkingCalendar calendar) {
        this.sequence = sequence;
        this.routeIndex = step.index();
        this.stepNumber = step.number();
        this.pass = pass;
        this.handlingTenant = step.handlingTenant();
        this.unit = step.actorUnit();
        this.role = step.actorRole();
        this.startedAt = Objects.requireNonNull(startedAt);
        if (step.isCounted()) {
            this.clock = WorkingClock.start(startedAt, step.budget());
            this.dueAt = clock.due(calendar);
        }
    }

    /**
     * What a step execution row holds: {@link #restore} makes the execution again from it, as it was
     * when stored (the store's mapping; the domain's rules are not re-run).
     */
    public record Stored(Long id, int sequence, int routeIndex, String stepNumber, int pass, String handlingTenant,
                         String unit, String role, String assignee, Instant startedAt, WorkingClock clock, Instant dueAt,
                         Instant endedAt, String endedBy, StepEnding ending, StepOutcome outcome, List<String> reasons,
                         Lateness lateness, Posting posting, long version) {
    }

    private StepExecution(Stored s) {
        this.id = s.id();
        this.sequence = s.sequence();
        this.routeIndex = s.routeIndex();
        this.stepNumber = s.stepNumber();
        this.pass = s.pass();
        this.handlingTenant = s.handlingTenant();
        this.unit = s.unit();
        this.role = s.role();
        this.assignee = s.assignee();
        this.startedAt = Objects.requireNonNull(s.startedAt());
        this.clock = s.clock();
        this.dueAt = s.dueAt();
        this.endedAt = s.endedAt();
        this.endedBy = s.endedBy();
        this.ending = s.ending();
        this.outcome = s.outcome();
        this.reasons = s.reasons() == null ? List.of() : List.copyOf(s.reasons());
        this.lateness = s.lateness();
        this.posting = s.posting();
        this.version = s.version();
    }

    /** The execution a row stored. */
    public static StepExecution restore(Stored stored) {
        return new StepExecution(stored);
    }

    /** The execution as a row stores it. */
    public Stored stored() {
        return new Stored(id, sequence, routeIndex, stepNumber, pass, handlingTenant, unit, role, assignee, startedAt, clock,
                dueAt, endedAt, endedBy, ending, outcome, reasons, lateness, posting, version);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** The step and pass, "4.2" or "1.2 (2)", as history and forms name it. */
    public String label() {
        return pass == 1 ? stepNumber : stepNumber + " (" + pass + ")";
    }

    void assignTo(String user) {
        this.assignee = user;
    }

    void end(Instant at, String by, StepEnding how, StepOutcome chosen, List<String> why, WorkingCalendar calendar) {
        if (!isOpen()) {
            throw new IllegalStateException("step " + label() + " ended at " + endedAt);
        }
        this.endedAt = at;
        this.endedBy = by;
        this.ending = how;
        this.outcome = chosen;
        this.reasons = why == null ? List.of() : List.copyOf(why);
        if (clock != null) {
            if (clock.isPaused()) {
                clock = clock.resume(at, calendar);
            }
            this.dueAt = clock.due(calendar);
            this.lateness = clock.lateness(at, calendar);
        }
    }

    void pause(Instant at) {
        if (clock != null) {
            clock = clock.pause(at);
        }
    }

    void resume(Instant at, WorkingCalendar calendar) {
        if (clock != null) {
            clock = clock.resume(at, calendar);
            dueAt = clock.due(calendar);
        }
    }

    void post(Posting next) {
        this.posting = next;
    }

    public Long id() {
        return id;
    }

    /** Order among the dossier's executions, from 1. */
    public int sequence() {
        return sequence;
    }

    public int routeIndex() {
        return routeIndex;
    }

    public String stepNumber() {
        return stepNumber;
    }

    /** 1 for the step's first execution, 2 after a return to it, … */
    public int pass() {
        return pass;
    }

    public String handlingTenant() {
        return handlingTenant;
    }

    public String unit() {
        return unit;
    }

    public String role() {
        return role;
    }

    public String assignee() {
        return assignee;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public WorkingClock clock() {
        return clock;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** Office time this execution waited for the citizen. */
    public Duration pausedWorkingTime() {
        return clock == null ? Duration.ZERO : clock.pausedWorkingTime();
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** Who ended it: its handler, the citizen withdrawing, the leader stopping, the system ending a posting. */
    public String endedBy() {
        return endedBy;
    }

    public StepEnding ending() {
        return ending;
    }

    public StepOutcome outcome() {
        return outcome;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Early, on time or late, stored when the execution ends; null for a step not counted. */
    public Lateness lateness() {
        return lateness;
    }

    /** The latest posting of a posting step, or null. */
    public Posting posting() {
        return posting;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "step " + label() + " at " + handlingTenant + (isOpen() ? " (open)" : " (" + ending + ")");
    }
}
