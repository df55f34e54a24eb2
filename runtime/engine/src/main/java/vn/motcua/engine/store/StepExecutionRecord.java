package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.engine.dossier.Lateness;
import vn.motcua.engine.dossier.Posting;
import vn.motcua.engine.dossier.StepEnding;
import vn.motcua.engine.dossier.StepExecution;
import vn.motcua.engine.dossier.WorkingClock;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Duration;
import java.time.Instant;

/**
 * One step execution's row (a pass of a route step): its handling tenant, unit, role, assignee, its
 * own clock and due, how it ended, its lateness and posting, with an optimistic version of its own.
 */
@Entity(name = "StepExecution")
@Table(name = "dossier_step_execution")
public class StepExecutionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;
    @Column(nullable = false, updatable = false)
    private int sequence;
    @Column(name = "route_index", nullable = false, updatable = false)
    private int routeIndex;
    @Column(name = "step_number", nullable = false, length = 16, updatable = false)
    private String stepNumber;
    @Column(nullable = false, updatable = false)
    private int pass;
    @Column(name = "handling_tenant_id", nullable = false, length = 64, updatable = false)
    private String handlingTenant;
    @Column(length = 500, updatable = false)
    private String unit;
    @Column(length = 32, updatable = false)
    private String role;
    @Column(length = 100)
    private String assignee;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "budget_quarters", updatable = false)
    private Integer budgetQuarters;
    @Column(name = "paused_working_ms", nullable = false)
    private long pausedWorkingMs;
    @Column(name = "paused_since")
    private Instant pausedSince;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_by", length = 100)
    private String endedBy;
    @Column(length = 32)
    private String ending;
    @Column(name = "outcome_kind", length = 16)
    private String outcomeKind;
    @Column(name = "outcome_target", length = 16)
    private String outcomeTarget;
    @Column(name = "outcome_label", length = 200)
    private String outcomeLabel;
    @Column
    private String reasons;
    @Column(length = 16)
    private String lateness;
    @Column(name = "posting_number")
    private Integer postingNumber;
    @Column(name = "posting_started_at")
    private Instant postingStartedAt;
    @Column(name = "posting_ends_at")
    private Instant postingEndsAt;
    @Column(name = "posting_complaint", length = 2000)
    private String postingComplaint;
    @Column(name = "posting_ended_at")
    private Instant postingEndedAt;

    @Version
    private long version;

    protected StepExecutionRecord() {
    }

    static StepExecutionRecord of(long dossierId, StepExecution e) {
        StepExecutionRecord r = new StepExecutionRecord();
        r.dossierId = dossierId;
        r.sequence = e.sequence();
        r.routeIndex = e.routeIndex();
        r.stepNumber = e.stepNumber();
        r.pass = e.pass();
        r.handlingTenant = e.handlingTenant();
        r.unit = e.unit();
        r.role = e.role();
        r.startedAt = e.startedAt();
        r.budgetQuarters = e.clock() == null ? null : e.clock().budget().quarters();
        r.update(e);
        return r;
    }

    /** Copies what a command may have changed; true when something did (only then the version moves). */
    boolean update(StepExecution e) {
        String before = fingerprint();
        assignee = e.assignee();
        pausedWorkingMs = e.pausedWorkingTime().toMillis();
        pausedSince = e.clock() == null ? null : e.clock().pausedSince();
        dueAt = e.dueAt();
        endedAt = e.endedAt();
        endedBy = e.endedBy();
        ending = e.ending() == null ? null : e.ending().name();
        StepOutcome o = e.outcome();
        outcomeKind = o == null ? null : o.kind().name();
        outcomeTarget = o == null ? null : o.targetStep();
        outcomeLabel = o == null || o.label() == null ? null : o.label().length() > 200 ? o.label().substring(0, 200) : o.label();
        reasons = StoredJson.lines(e.reasons());
        lateness = e.lateness() == null ? null : e.lateness().name();
        Posting p = e.posting();
        postingNumber = p == null ? null : p.number();
        postingStartedAt = p == null ? null : p.startedAt();
        postingEndsAt = p == null ? null : p.endsAt();
        postingComplaint = p == null ? null : p.complaint();
        postingEndedAt = p == null ? null : p.endedAt();
        return !before.equals(fingerprint());
    }

    private String fingerprint() {
        return String.join("|", String.valueOf(assignee), String.valueOf(pausedWorkingMs), String.valueOf(pausedSince),
                String.valueOf(dueAt), String.valueOf(endedAt), String.valueOf(ending), String.valueOf(outcomeKind),
                String.valueOf(outcomeTarget), String.valueOf(reasons), String.valueOf(postingNumber),
                String.valueOf(postingComplaint), String.valueOf(postingEndedAt));
    }

    StepExecution toExecution() {
        WorkingClock clock = budgetQuarters == null ? null : new WorkingClock(startedAt, WorkingDays.ofQuarters(budgetQuarters),
                Duration.ofMillis(pausedWorkingMs), pausedSince);
        // the label column is cut to 200 characters; the route keeps the full one, found by kind and target
        StepOutcome o = outcomeKind == null ? null : new StepOutcome(OutcomeKind.valueOf(outcomeKind), outcomeTarget, outcomeLabel);
        Posting posting = postingNumber == null ? null
                : new Posting(postingNumber, postingStartedAt, postingEndsAt, postingComplaint, postingEndedAt);
        return StepExecution.restore(new StepExecution.Stored(id, sequence, routeIndex, stepNumber, pass, handlingTenant, unit,
                role, assignee, startedAt, clock, dueAt, endedAt, endedBy, ending == null ? null : StepEnding.valueOf(ending),
                o, StoredJson.lines(reasons), lateness == null ? null : Lateness.valueOf(lateness), posting, version));
    }

    public int sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
