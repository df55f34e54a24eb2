package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's application for one procedure (hồ sơ), executed against its own {@link Route}: the
 * aggregate every command goes through. One method per {@link Command}; each checks, in this
 * order, the {@link Lifecycle} table (409 naming the status), who may act (403), the route and the
 * step (409, {@link DossierRuleBroken}) and its input (400, {@link InvalidInput}) — all before it
 * changes anything — then changes the dossier and its {@link StepExecution}s and returns the
 * {@link CommandResult}: the sealed history entry, the events, the timers.
 *
 * <p>Two clocks run. Each step execution has its own, on its handling tenant's calendar, with the
 * step's budget. The dossier's, on the calendar of the unit competent for the procedure
 * ({@link Route#handlingTenant()}), starts when the desk accepts the complete dossier (the start of
 * the accepted reception pass) with the procedure's total, and its due is the receipt's appointment. Both pause while the dossier waits for the citizen, and the
 * appointment moves by the paused working time.
 *
 * <p>Not thread-safe; one transaction changes a dossier at a time (the next phase maps
 * {@link #version()} as its optimistic version, and every command bumps it).
 */
public final class Dossier {

    private Long id;
    private final DossierCode code;
    private final Route route;
    private final Channel channel;
    private final Applicant applicant;
    private final String receivingTenant;
    private final Instant registeredAt;
    private DossierStatus status;
    private Stage stage = Stage.RECEPTION;
    /** The tenant whose staff hold the dossier now: the open step's, or the desk returning the result. */
    private String holder;
    private final Set<String> participants = new LinkedHashSet<>();
    private final List<StepExecution> executions = new ArrayList<>();
    private Instant acceptedAt;
    /** The receipt's clock: null until accepted. */
    private WorkingClock clock;
    /** The receipt's appointment, moved by every pause; null until accepted. */
    private Instant appointment;
    /** Reasons of a RETURN outcome to the result step: the answer will be "unresolved". */
    private List<String> unresolvedReasons;
    private Instant processingEndedAt;
    private Lateness lateness;
    private Resolution resolution;
    private ResultDelivery delivery;
    private Instant resultReturnedAt;
    private long historyLength;
    private String historyHead = HistoryChain.GENESIS;
    private long version;

    /** A new dossier and what its reception did. */
    public record Registration(Dossier dossier, CommandResult result) {
    }

    private Dossier(DossierCode code, Route route, Channel channel, Applicant applicant, Instant at) {
        this.code = code;
        this.route = route;
        this.channel = channel;
        this.applicant = applicant;
        this.receivingTenant = route.first().handlingTenant();
        this.registeredAt = at;
        this.holder = receivingTenant;
        this.participants.add(receivingTenant);
    }

    /**
     * What the dossier's rows hold: {@link #restore} makes the aggregate again from it, as it was
     * when stored (the store's mapping; no rule is re-run and no history written).
     *
     * @param participants every tenant the dossier reached, in the order it reached them
     */
    public record Stored(Long id, DossierCode code, Route route, Channel channel, Applicant applicant, Instant registeredAt,
                         DossierStatus status, Stage stage, String holder, List<String> participants,
                         List<StepExecution> executions, Instant acceptedAt, WorkingClock clock, Instant appointment,
                         List<String> unresolvedReasons, Instant processingEndedAt, Lateness lateness,
                         Resolution resolution, ResultDelivery delivery, Instant resultReturnedAt, long historyLength,
                         String historyHead, long version) {
    }

    private Dossier(Stored s) {
        this.id = s.id();
        this.code = s.code();
        this.route = s.route();
        this.channel = s.channel();
        this.applicant = s.applicant();
        this.receivingTenant = route.first().handlingTenant();
        this.registeredAt = s.registeredAt();
        this.status = s.status();
        this.stage = s.stage();
        this.holder = s.holder();
        this.participants.addAll(s.participants());
        this.executions.addAll(s.executions());
        this.executions.sort(java.util.Comparator.comparingInt(StepExecution::sequence));
        this.acceptedAt = s.acceptedAt();
        this.clock = s.clock();
        this.appointment = s.appointment();
        this.unresolvedReasons = s.unresolvedReasons() == null ? null : List.copyOf(s.unresolvedReasons());
        this.processingEndedAt = s.processingEndedAt();
        this.lateness = s.lateness();
        this.resolution = s.resolution();
        this.delivery = s.delivery();
        this.resultReturnedAt = s.resultReturnedAt();
        this.historyLength = s.historyLength();
        this.historyHead = s.historyHead();
        this.version = s.version();
    }

    /** The dossier its rows stored. */
    public static Dossier restore(Stored stored) {
        return new Dossier(stored);
    }

    /** The dossier as its rows store it. */
    public Stored stored() {
        return new Stored(id, code, route, channel, applicant, registeredAt, status, stage, holder, List.copyOf(participants),
                List.copyOf(executions), acceptedAt, clock, appointment, unresolvedReasons, processingEndedAt, lateness,
                resolution, delivery, resultReturnedAt, historyLength, historyHead, version);
    }

    // ---------------------------------------------------------------- reception

    /**
     * Registers a dossier submitted at the desk, by post or online, at the receiving desk of
     * {@code route} (any commune desk of the province, whatever the citizen's address: Decree
     * 118/2025). Its completeness check starts; the clock of the receipt does not run yet.
     */
    public static Registration receive(DossierCode code, Route route, Channel channel, Applicant applicant,
                                       CommandContext ctx) {
        if (channel == null || !route.submissionChannels().isEmpty() && !route.submissionChannels().contains(channel)) {
            throw new InvalidInput("channel", route.procedureName() + " is submitted " + route.submissionChannels()
                    + ", not " + channel);
        }
        if (applicant == null) {
            throw new InvalidInput("applicant.name", "the applicant's name is required");
        }
        Dossier dossier = new Dossier(code, route, channel, applicant, ctx.at());
        String role = dossier.requireSubmitter(ctx.actor());
        Change change = new Change(Command.RECEIVE, ctx, Lifecycle.INITIAL, null, null, null);
        change.role(role);
        change.detail("channel", channel.name());
        change.detail("procedure", route.procedureName());
        change.detail("catalogVersion", Long.toString(route.pin().catalogVersionId()));
        if (route.pin().adoptionId() != null) {
            change.detail("adoption", route.pin().adoptionId() + "@" + route.pin().adoptionVersion());
        }
        change.event(new DossierEvent.Received(code.toString(), ctx.at(), dossier.receivingTenant, channel,
                route.procedureName()));
        dossier.startStep(route.first(), change);
        return new Registration(dossier, dossier.commit(change));
    }

    /**
     * The completeness check passed (71/QĐ-UBND step 1 (i)): every required document is presented
     * or does not apply. The receipt's appointment is the procedure's total after the start of this
     * reception pass, on the competent unit's calendar ({@link Route#handlingTenant()}); the next step starts.
     */
    public CommandResult accept(DocumentChecklist checklist, CommandContext ctx) {
        Change change = begin(Command.ACCEPT, ctx);
        StepExecution reception = openStep().orElseThrow();
        change.role(requireHandler(reception, ctx.actor()));
        List<String> missing = checklist.missing(route.documents());
        if (!missing.isEmpty()) {
            throw new InvalidInput("documents", "missing: " + String.join("; ", missing)
                    + " — request a supplement for them, or mark those that do not apply");
        }
        endStep(reception, StepEnding.COMPLETED, StepOutcome.of(OutcomeKind.PROCEED), List.of(), change);
        stage = Stage.HANDLING;
        acceptedAt = ctx.at();
        WorkingCalendar desk = change.calendar(route.handlingTenant());
        clock = WorkingClock.start(reception.startedAt(), route.total());
        appointment = clock.due(desk);
        List<String> presented = checklist.marks().entrySet().stream()
                .filter(m -> m.getValue() == DocumentChecklist.Mark.PRESENTED).map(java.util.Map.Entry::getKey)
                .sorted().toList();
        change.detail("appointment", HistoryChain.format(appointment));
        change.detail("documentsPresented", String.join("; ", presented));
        change.event(new DossierEvent.Accepted(code(), ctx.at(), appointment, presented));
        change.timer(new TimerChange.Schedule(warningKey(), clock.warningAt(ctx.warningWindow(), desk)));
        startStep(route.after(route.first()).orElseThrow(), change);
        return commit(change);
    }

    /**
     * Asks the citizen to add or correct documents, saying which and why. At reception the check
     * ends and starts again when they come (71/QĐ-UBND step 1 (ii)); later the step and the receipt's
     * clock pause, only at a step whose outcomes include a supplement (the funeral support's steps 2
     * and 3).
     */
    public CommandResult requestSupplement(List<String> missingDocuments, List<String> reasons, CommandContext ctx) {
        Change change = begin(Command.REQUEST_SUPPLEMENT, ctx);
        StepExecution step = openStep().orElseThrow();
        change.role(requireHandler(step, ctx.actor()));
        RouteStep routeStep = routeStepOf(step);
        requireOutcome(routeStep, OutcomeKind.SUPPLEMENT);
        requireNotPosting(step);
        List<String> missing = clean(missingDocuments);
        List<String> why = clean(reasons);
        if (missing.isEmpty() && why.isEmpty()) {
            throw new InvalidInput("reasons", "say which documents are missing or what must be corrected");
        }
        boolean atReception = stage == Stage.RECEPTION;
        StepOutcome outcome = routeStep.outcome(OutcomeKind.SUPPLEMENT, null).orElse(StepOutcome.of(OutcomeKind.SUPPLEMENT));
        if (atReception) {
            endStep(step, StepEnding.SUPPLEMENT_REQUESTED, outcome, why, change);
        } else {
            pauseClocks(step, change);
        }
        change.outcome(outcome);
        change.reasons(why);
        change.detail("missingDocuments", String.join("; ", missing));
        change.event(new DossierEvent.SupplementRequested(code(), ctx.at(), step.label(), atReception, missing, why,
                ctx.actor().userId()));
        return commit(change);
    }

    /**
     * The citizen's supplement arrived (at the desk, by post or online). At reception the
     * completeness check starts again, as a new pass; later the paused step goes on and the
     * appointment moves by exactly the office time the dossier waited.
     */
    public CommandResult resumeOnSupplement(List<String> documentsAdded, CommandContext ctx) {
        Change change = begin(Command.RESUME_ON_SUPPLEMENT, ctx);
        change.role(requireCitizenOrDesk(ctx.actor()));
        change.detail("documentsAdded", String.join("; ", clean(documentsAdded)));
        if (stage == Stage.RECEPTION) {
            change.event(new DossierEvent.SupplementReceived(code(), ctx.at(), null, Duration.ZERO));
            startStep(route.first(), change);
        } else {
            Duration paused = resumeClocks(change);
            change.event(new DossierEvent.SupplementReceived(code(), ctx.at(), appointment, paused));
        }
        return commit(change);
    }

    /** Asks the citizen to pay a fee or tax: the clock pauses, as for a supplement. */
    public CommandResult requestFinancialObligation(String description, CommandContext ctx) {
        Change change = begin(Command.REQUEST_FINANCIAL_OBLIGATION, ctx);
        StepExecution step = openStep().orElseThrow();
        change.role(requireHandler(step, ctx.actor()));
        requireNotPosting(step);
        if (description == null || description.isBlank()) {
            throw new InvalidInput("description", "say what the citizen must pay");
        }
        pauseClocks(step, change);
        change.detail("obligation", description.strip());
        change.event(new DossierEvent.FinancialObligationRequested(code(), ctx.at(), description.strip()));
        return commit(change);
    }

    /** The payment was made (recorded at the desk, or by the payment platform as the system). */
    public CommandResult confirmFinancialObligation(String reference, CommandContext ctx) {
        Change change = begin(Command.CONFIRM_FINANCIAL_OBLIGATION, ctx);
        change.role(ctx.actor().isSystem() ? Actor.SYSTEM_ROLE : requireStaffOf(holder, ctx.actor(), Role.RECEPTION));
        Duration paused = resumeClocks(change);
        change.detail("paymentReference", reference);
        change.event(new DossierEvent.FinancialObligationConfirmed(code(), ctx.at(), appointment, paused));
        return commit(change);
    }

    /**
     * Refuses with written reasons. At reception (71/QĐ-UBND step 1 (iii)) the dossier is not
     * received. Later, only at a step whose outcomes include a refusal, processing ends with a
     * refusal the receiving desk hands over (form 03).
     */
    public CommandResult refuse(List<String> reasons, CommandContext ctx) {
        Change change = begin(Command.REFUSE, ctx);
        Optional<StepExecution> open = openStep();
        if (open.isPresent()) {
            change.role(requireHandler(open.get(), ctx.actor()));
            requireOutcome(routeStepOf(open.get()), OutcomeKind.REFUSE);
            requireNotPosting(open.get());
        } else {
            change.role(requireStaffOf(receivingTenant, ctx.actor(), Role.RECEPTION));
        }
        List<String> why = requireReasons(reasons);
        StepOutcome outcome = open.map(this::routeStepOf).flatMap(s -> s.outcome(OutcomeKind.REFUSE, null))
                .orElse(StepOutcome.of(OutcomeKind.REFUSE));
        open.ifPresent(step -> endStep(step, StepEnding.REFUSED, outcome, why, change));
        change.outcome(outcome);
        change.reasons(why);
        boolean atReception = stage == Stage.RECEPTION;
        change.event(new DossierEvent.Refused(code(), ctx.at(), atReception, why));
        if (!atReception) {
            endProcessing(new Resolution(Resolution.Kind.REFUSED, why, null), change);
            moveHolder(receivingTenant, null, change);
            change.event(new DossierEvent.Resolved(code(), ctx.at(), Resolution.Kind.REFUSED, lateness, holder));
        }
        return commit(change);
    }

    // ---------------------------------------------------------------- steps

    /** Takes the current step: the caller, who holds its role at its tenant, becomes its assignee. */
    public CommandResult claim(String expectedStep, CommandContext ctx) {
        Change change = begin(Command.CLAIM, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        step.assignTo(ctx.actor().userId());
        change.detail("assignee", ctx.actor().userId());
        change.event(new DossierEvent.Assigned(code(), ctx.at(), step.label(), ctx.actor().userId()));
        return commit(change);
    }

    /** A leader of the step's tenant gives the current step to {@code assignee} (or takes it from another). */
    public CommandResult assign(String expectedStep, String assignee, CommandContext ctx) {
        Change change = begin(Command.ASSIGN, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireStaffOf(step.handlingTenant(), ctx.actor(), Role.LEADER));
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInput("assignee", "say who is to do step " + step.label());
        }
        step.assignTo(assignee.strip());
        change.detail("assignee", assignee.strip());
        change.event(new DossierEvent.Assigned(code(), ctx.at(), step.label(), assignee.strip()));
        return commit(change);
    }

    /**
     * Ends the current step with one of its outcomes (a step listing none just proceeds). PROCEED
     * goes to the outcome's target or the next step, at the same unit (a move to another level's
     * unit is a {@link #transfer}); RETURN, with written reasons, goes back to an earlier step (a new
     * pass, the earlier one kept) or ahead to the step that answers the citizen, which then answers
     * "unresolved" — 71/QĐ-UBND monthly allowance 4.2 "không đủ điều kiện" → 6.3, from the district
     * back to the commune. Supplements and refusals are their own commands.
     */
    public CommandResult completeStep(String expectedStep, OutcomeKind kind, String target, List<String> reasons,
                                      CommandContext ctx) {
        Change change = begin(Command.COMPLETE_STEP, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        RouteStep routeStep = routeStepOf(step);
        if (routeStep.index() == 0) {
            throw new DossierRuleBroken("step " + step.label() + " is the completeness check: it ends with ACCEPT,"
                    + " REQUEST_SUPPLEMENT or REFUSE");
        }
        if (kind == OutcomeKind.SUPPLEMENT || kind == OutcomeKind.REFUSE) {
            throw new DossierRuleBroken("a " + kind + " outcome is the command "
                    + (kind == OutcomeKind.SUPPLEMENT ? Command.REQUEST_SUPPLEMENT : Command.REFUSE));
        }
        if (routeStep.equals(route.resultStep())) {
            throw new DossierRuleBroken("step " + step.label() + " is the last counted step of " + route.procedureName()
                    + ": it ends with RESOLVE");
        }
        OutcomeKind chosen = kind == null ? OutcomeKind.PROCEED : kind;
        StepOutcome outcome = routeStep.outcome(chosen, target)
                .orElseThrow(() -> new DossierRuleBroken("step " + step.label() + " has no outcome " + chosen
                        + (target == null ? "" : " to step " + target) + "; its outcomes: " + outcomesOf(routeStep)));
        requirePosted(step);
        RouteStep destination = route.destination(routeStep, outcome).orElseThrow();
        List<String> why = clean(reasons);
        if (outcome.kind() == OutcomeKind.PROCEED && !destination.handlingTenant().equals(step.handlingTenant())) {
            throw new DossierRuleBroken("step " + step.label() + " hands the dossier to " + destination.handlingTenant()
                    + " for step " + destination.number() + ": it ends with TRANSFER");
        }
        if (outcome.kind() == OutcomeKind.RETURN) {
            why = requireReasons(reasons);
            if (destination.index() < routeStep.index()) {
                requireExecuted(destination);
            } else {
                unresolvedReasons = why;
            }
        }
        endStep(step, outcome.kind() == OutcomeKind.RETURN ? StepEnding.RETURNED : StepEnding.COMPLETED, outcome, why, change);
        change.outcome(outcome);
        change.reasons(why);
        startStep(destination, change);
        return commit(change);
    }

    /**
     * Sends the dossier back to an earlier step of the same unit with written reasons (a leader
     * returning a draft to the specialist). The current pass ends, the earlier step runs again as
     * a new pass with its full budget, and the earlier passes stay as they were. The receipt's
     * appointment does not move.
     */
    public CommandResult returnToStep(String expectedStep, String targetStep, List<String> reasons, CommandContext ctx) {
        Change change = begin(Command.RETURN_TO_STEP, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        RouteStep target = route.step(targetStep);
        if (target.index() == 0) {
            throw new DossierRuleBroken("the completeness check is done: ask the citizen for a supplement instead");
        }
        if (target.index() >= step.routeIndex()) {
            throw new DossierRuleBroken("step " + targetStep + " is not before step " + step.label());
        }
        if (!target.handlingTenant().equals(step.handlingTenant())) {
            throw new DossierRuleBroken("step " + targetStep + " is done by " + target.handlingTenant() + ", not "
                    + step.handlingTenant() + ": a dossier goes back across levels only by an outcome the decision sets");
        }
        requireExecuted(target);
        requireNotPosting(step);
        List<String> why = requireReasons(reasons);
        StepOutcome outcome = new StepOutcome(OutcomeKind.RETURN, target.number(), null);
        endStep(step, StepEnding.RETURNED, outcome, why, change);
        change.outcome(outcome);
        change.reasons(why);
        startStep(target, change);
        return commit(change);
    }

    /**
     * Ends the current step by handing the dossier to the unit of the level that does the next step
     * (71/QĐ-UBND monthly allowance 3.3, "chuyển Bộ phận TN&TKQ cấp huyện"), or back (6.2, "trả kết
     * quả về xã"). The new unit's staff act on it from now; the dossier stays visible to the units
     * it passed through.
     */
    public CommandResult transfer(String expectedStep, CommandContext ctx) {
        Change change = begin(Command.TRANSFER, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        RouteStep routeStep = routeStepOf(step);
        if (routeStep.equals(route.resultStep())) {
            throw new DossierRuleBroken("step " + step.label() + " is the last counted step: it ends with RESOLVE");
        }
        StepOutcome outcome = routeStep.outcome(OutcomeKind.PROCEED, null)
                .orElseThrow(() -> new DossierRuleBroken("step " + step.label() + " has no way on; its outcomes: "
                        + outcomesOf(routeStep)));
        RouteStep destination = route.destination(routeStep, outcome).orElseThrow();
        if (destination.handlingTenant().equals(step.handlingTenant())) {
            throw new DossierRuleBroken("step " + destination.number() + " is done at " + step.handlingTenant()
                    + " too: step " + step.label() + " ends with COMPLETE_STEP");
        }
        requirePosted(step);
        endStep(step, StepEnding.COMPLETED, outcome, List.of(), change);
        change.outcome(outcome);
        change.detail("to", destination.handlingTenant());
        startStep(destination, change);
        return commit(change);
    }

    // ---------------------------------------------------------------- public posting

    /** Puts the posting step's list up; it comes down by itself after the posting's working days. */
    public CommandResult startPosting(String expectedStep, CommandContext ctx) {
        Change change = begin(Command.START_POSTING, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        RouteStep routeStep = routeStepOf(step);
        if (!routeStep.isPosting()) {
            throw new DossierRuleBroken("step " + step.label() + " posts nothing");
        }
        requireNotPosting(step);
        post(step, routeStep, change);
        return commit(change);
    }

    /**
     * Records a complaint against the posted list (the complaint itself, in the reasons). The list
     * stays up its full time, and the step then waits for its handler to re-check (phúc tra).
     */
    public CommandResult recordComplaint(String expectedStep, String complaint, CommandContext ctx) {
        Change change = begin(Command.RECORD_COMPLAINT, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireStaffOf(step.handlingTenant(), ctx.actor(), null));
        Posting posting = step.posting();
        if (posting == null || !posting.isUp()) {
            throw new DossierRuleBroken("step " + step.label() + " has no list posted to complain about");
        }
        if (complaint == null || complaint.isBlank()) {
            throw new InvalidInput("complaint", "what the complaint says is required");
        }
        step.post(posting.withComplaint(complaint.strip()));
        change.reasons(List.of(complaint.strip()));
        change.event(new DossierEvent.ComplaintRecorded(code(), ctx.at(), step.label(), posting.number()));
        return commit(change);
    }

    /**
     * The posting's time is up (its timer, run by the system). The list comes down; without a
     * complaint, a step with no choice to make ends by itself and the next step of the same unit
     * starts. A timer for a posting that is no longer up changes nothing.
     */
    public CommandResult endPosting(TimerChange.Key timer, CommandContext ctx) {
        Optional<StepExecution> open = openStep().filter(s -> postingKey(s).equals(timer));
        if (open.isEmpty() || open.get().posting() == null || !open.get().posting().isUp()
                || !Lifecycle.next(Command.END_POSTING, status, stage).isPresent()) {
            return CommandResult.nothing();
        }
        if (!ctx.actor().isSystem()) {
            throw new AccessDenied("a posting comes down by its timer, not by hand");
        }
        Change change = begin(Command.END_POSTING, ctx);
        change.role(Actor.SYSTEM_ROLE);
        StepExecution step = open.get();
        Posting posting = step.posting();
        step.post(posting.ended(ctx.at()));
        change.event(new DossierEvent.PostingEnded(code(), ctx.at(), step.label(), posting.number(), posting.hasComplaint()));
        RouteStep routeStep = routeStepOf(step);
        Optional<RouteStep> next = route.after(routeStep)
                .filter(n -> n.handlingTenant().equals(step.handlingTenant()) && !routeStep.equals(route.resultStep()));
        if (!posting.hasComplaint() && !routeStep.hasChoice() && next.isPresent()) {
            StepOutcome proceed = routeStep.outcome(OutcomeKind.PROCEED, null).orElseThrow();
            endStep(step, StepEnding.COMPLETED, proceed, List.of(), change);
            change.outcome(proceed);
            startStep(next.get(), change);
        }
        return commit(change);
    }

    // ---------------------------------------------------------------- ending

    /** The citizen withdraws the dossier (online, or through the desk on their written request). */
    public CommandResult withdraw(List<String> reasons, CommandContext ctx) {
        Change change = begin(Command.WITHDRAW, ctx);
        change.role(requireCitizenOrDesk(ctx.actor()));
        List<String> why = clean(reasons);
        openStep().ifPresent(step -> endStep(step, StepEnding.WITHDRAWN, null, why, change));
        change.reasons(why);
        change.timer(new TimerChange.Cancel(warningKey()));
        change.event(new DossierEvent.Withdrawn(code(), ctx.at(), why));
        return commit(change);
    }

    /** A leader stops the processing, with reasons (Decree 118/2025 art. 21(2); the notice is form 05). */
    public CommandResult stop(List<String> reasons, CommandContext ctx) {
        Change change = begin(Command.STOP, ctx);
        change.role(requireStaffOf(holder, ctx.actor(), Role.LEADER));
        List<String> why = requireReasons(reasons);
        openStep().ifPresent(step -> endStep(step, StepEnding.STOPPED, null, why, change));
        change.reasons(why);
        change.timer(new TimerChange.Cancel(warningKey()));
        change.event(new DossierEvent.Stopped(code(), ctx.at(), why));
        return commit(change);
    }

    /**
     * Ends the result step: processing is over, early, on time or late against the appointment,
     * and the result — or the unresolved answer a RETURN outcome sent ahead — waits at the desk.
     * A hand-over step (not counted) starts if the route has one.
     *
     * @param note the result's reference (the decision's number), if any
     */
    public CommandResult resolve(String expectedStep, String note, CommandContext ctx) {
        Change change = begin(Command.RESOLVE, ctx);
        StepExecution step = requireCurrent(expectedStep);
        change.role(requireHandler(step, ctx.actor()));
        RouteStep routeStep = routeStepOf(step);
        if (!routeStep.equals(route.resultStep())) {
            throw new DossierRuleBroken("step " + step.label() + " is not the last counted step of "
                    + route.procedureName() + " (" + route.resultStep().number() + ")");
        }
        requirePosted(step);
        StepOutcome outcome = routeStep.outcome(OutcomeKind.PROCEED, null).orElse(StepOutcome.of(OutcomeKind.PROCEED));
        endStep(step, StepEnding.COMPLETED, outcome, List.of(), change);
        Resolution result = unresolvedReasons == null
                ? new Resolution(Resolution.Kind.RESOLVED, List.of(), note)
                : new Resolution(Resolution.Kind.UNRESOLVED, unresolvedReasons, note);
        endProcessing(result, change);
        change.outcome(outcome);
        change.reasons(result.reasons());
        change.detail("resolution", result.kind().name());
        if (note != null) {
            change.detail("note", note);
        }
        route.handOverSteps().stream().findFirst().ifPresent(handOver -> startStep(handOver, change));
        change.event(new DossierEvent.Resolved(code(), ctx.at(), result.kind(), lateness, holder));
        return commit(change);
    }

    /** Hands the result over by {@code delivery}'s channel, recording who received it. */
    public CommandResult returnResult(ResultDelivery delivery, CommandContext ctx) {
        Change change = begin(Command.RETURN_RESULT, ctx);
        change.role(ctx.actor().isSystem() ? Actor.SYSTEM_ROLE : requireStaffOf(holder, ctx.actor(), Role.RECEPTION));
        if (!route.resultChannels().isEmpty() && !route.resultChannels().contains(delivery.channel())) {
            throw new InvalidInput("channel", route.procedureName() + " returns results " + route.resultChannels()
                    + ", not " + delivery.channel());
        }
        openStep().ifPresent(step -> endStep(step, StepEnding.HANDED_OVER, null, List.of(), change));
        this.delivery = delivery;
        this.resultReturnedAt = ctx.at();
        change.detail("channel", delivery.channel().name());
        change.detail("receiver", delivery.receiver());
        if (delivery.reference() != null) {
            change.detail("reference", delivery.reference());
        }
        change.event(new DossierEvent.ResultReturned(code(), ctx.at(), delivery.channel(), delivery.receiver()));
        return commit(change);
    }

    // ---------------------------------------------------------------- the clock, read

    /**
     * The warning a timer raises when the dossier enters its window ({@link TimerChange.Purpose#ABOUT_TO_BE_LATE}):
     * present while it is still being handled, running, and due within the window at {@code ctx.at()}.
     */
    public Optional<DossierEvent.AboutToBeLate> aboutToBeLate(CommandContext ctx) {
        if (!isAboutToBeLate(ctx.at(), ctx.warningWindow(), ctx.calendars())) {
            return Optional.empty();
        }
        return Optional.of(new DossierEvent.AboutToBeLate(code(), ctx.at(), appointment, holder));
    }

    /** Whether, at {@code now}, the dossier is still being handled and due within {@code window}. */
    public boolean isAboutToBeLate(Instant now, WorkingDays window, Calendars calendars) {
        return isRunning() && clock.isAboutToBeLate(now, window, calendars.of(route.handlingTenant()));
    }

    /** Whether, at {@code now}, the dossier is still being handled past its appointment. */
    public boolean isLate(Instant now, Calendars calendars) {
        return isRunning() && !clock.isPaused() && clock.isLate(now, calendars.of(route.handlingTenant()));
    }

    private boolean isRunning() {
        return clock != null && processingEndedAt == null && !status.isFinal();
    }

    // ---------------------------------------------------------------- helpers: lifecycle and history

    private Change begin(Command command, CommandContext ctx) {
        DossierStatus next = Lifecycle.require(code(), command, status, stage);
        return new Change(command, ctx, next, status, openStep().map(StepExecution::label).orElse(null),
                status == null ? null : holder);
    }

    /** Moves the status and seals the change's history entry onto the chain. */
    private CommandResult commit(Change change) {
        status = change.next();
        CommandResult result = change.seal(code(), historyLength + 1, historyHead, status,
                openStep().map(StepExecution::label).orElse(null), holder);
        historyLength = result.history().sequence();
        historyHead = result.history().hash();
        return result;
    }

    // ---------------------------------------------------------------- helpers: steps

    private void startStep(RouteStep step, Change change) {
        int pass = 1 + (int) executions.stream().filter(e -> e.routeIndex() == step.index()).count();
        StepExecution execution = new StepExecution(executions.size() + 1, step, pass, change.at(),
                change.calendar(step.handlingTenant()));
        executions.add(execution);
        moveHolder(step.handlingTenant(), execution.label(), change);
        change.event(new DossierEvent.StepStarted(code(), change.at(), execution.label(), step.handlingTenant(),
                step.actorRole(), step.actorUnit(), execution.dueAt()));
        if (step.postsAtStart()) {
            post(execution, step, change);
        }
    }

    private void endStep(StepExecution step, StepEnding how, StepOutcome outcome, List<String> reasons, Change change) {
        boolean byItsHandler = how != StepEnding.WITHDRAWN && how != StepEnding.STOPPED && how != StepEnding.HANDED_OVER;
        if (step.assignee() == null && byItsHandler && !change.actor().isSystem()) {
            step.assignTo(change.actor().userId());
        }
        if (step.posting() != null && step.posting().isUp()) {
            change.timer(new TimerChange.Cancel(postingKey(step)));
        }
        step.end(change.at(), change.actor().userId(), how, outcome, reasons, change.calendar(step.handlingTenant()));
        change.event(new DossierEvent.StepEnded(code(), change.at(), step.label(), step.handlingTenant(),
                change.actor().userId(), how, outcome == null ? null : outcome.kind().name(), step.lateness()));
    }

    private void post(StepExecution step, RouteStep routeStep, Change change) {
        int number = step.posting() == null ? 1 : step.posting().number() + 1;
        Instant endsAt = change.calendar(step.handlingTenant()).plus(change.at(), routeStep.postingLength());
        step.post(new Posting(number, change.at(), endsAt, null, null));
        change.timer(new TimerChange.Schedule(postingKey(step), endsAt));
        change.detail("postingEndsAt", HistoryChain.format(endsAt));
        change.event(new DossierEvent.PostingStarted(code(), change.at(), step.label(), number, endsAt));
    }

    private void moveHolder(String tenant, String step, Change change) {
        if (!tenant.equals(holder)) {
            change.event(new DossierEvent.Transferred(code(), change.at(), holder, tenant, step));
            holder = tenant;
        }
        participants.add(tenant);
    }

    private void pauseClocks(StepExecution step, Change change) {
        step.pause(change.at());
        clock = clock.pause(change.at());
        change.timer(new TimerChange.Cancel(warningKey()));
    }

    /** Resumes the step and the receipt's clock; the appointment moves by the office time paused, returned. */
    private Duration resumeClocks(Change change) {
        WorkingCalendar desk = change.calendar(route.handlingTenant());
        Duration before = clock.pausedWorkingTime();
        clock = clock.resume(change.at(), desk);
        Instant moved = clock.due(desk);
        change.detail("appointmentBefore", HistoryChain.format(appointment));
        change.detail("appointment", HistoryChain.format(moved));
        appointment = moved;
        openStep().ifPresent(step -> step.resume(change.at(), change.calendar(step.handlingTenant())));
        change.timer(new TimerChange.Schedule(warningKey(), clock.warningAt(change.warningWindow(), desk)));
        return clock.pausedWorkingTime().minus(before);
    }

    private void endProcessing(Resolution result, Change change) {
        resolution = result;
        processingEndedAt = change.at();
        lateness = clock.lateness(change.at(), change.calendar(route.handlingTenant()));
        change.detail("lateness", lateness.name());
        change.timer(new TimerChange.Cancel(warningKey()));
    }

    private Optional<StepExecution> openStep() {
        return executions.stream().filter(StepExecution::isOpen).findFirst();
    }

    private StepExecution requireCurrent(String expectedStep) {
        StepExecution open = openStep().orElseThrow(() -> new DossierRuleBroken("dossier " + code() + " has no open step"));
        if (expectedStep == null || !expectedStep.equals(open.stepNumber())) {
            throw new DossierRuleBroken("step " + expectedStep + " of dossier " + code() + " is not the current step ("
                    + open.label() + ")");
        }
        return open;
    }

    private RouteStep routeStepOf(StepExecution step) {
        return route.steps().get(step.routeIndex());
    }

    private void requireOutcome(RouteStep step, OutcomeKind kind) {
        if (!step.allows(kind)) {
            throw new DossierRuleBroken("step " + step.number() + " of " + route.procedureName() + " has no " + kind
                    + " outcome; its outcomes: " + outcomesOf(step));
        }
    }

    /** No list of the step is up: nothing ends or leaves a step during its posting. */
    private void requireNotPosting(StepExecution step) {
        Posting posting = step.posting();
        if (posting != null && posting.isUp()) {
            throw new DossierRuleBroken("step " + step.label() + "'s list is posted until " + posting.endsAt()
                    + "; the step cannot end before the posting does");
        }
    }

    /** A posting step completes only after its posting (StepKind.POSTING: "the step cannot end before the posting does"). */
    private void requirePosted(StepExecution step) {
        requireNotPosting(step);
        RouteStep routeStep = routeStepOf(step);
        if (routeStep.isPosting() && routeStep.postingQuarters() != null && step.posting() == null) {
            throw new DossierRuleBroken("step " + step.label() + " has not posted its list yet");
        }
    }

    private void requireExecuted(RouteStep step) {
        if (executions.stream().noneMatch(e -> e.routeIndex() == step.index())) {
            throw new DossierRuleBroken("step " + step.number() + " was never done on dossier " + code());
        }
    }

    private static String outcomesOf(RouteStep step) {
        return step.outcomes().isEmpty() ? "PROCEED" : step.outcomes().stream()
                .map(o -> o.kind() + (o.targetStep() == null ? "" : ">" + o.targetStep())).toList().toString();
    }

    private TimerChange.Key warningKey() {
        return new TimerChange.Key(code(), TimerChange.Purpose.ABOUT_TO_BE_LATE, "");
    }

    private TimerChange.Key postingKey(StepExecution step) {
        return new TimerChange.Key(code(), TimerChange.Purpose.POSTING_END, step.stepNumber() + "#" + step.pass());
    }

    // ---------------------------------------------------------------- helpers: who may act

    private String requireHandler(StepExecution step, Actor actor) {
        return Access.handler(code(), step, actor);
    }

    private String requireStaffOf(String tenant, Actor actor, String role) {
        return Access.staff(code(), tenant, actor, role);
    }

    /** The citizen whose dossier it is, or the reception of the unit holding it or of the receiving desk. */
    private String requireCitizenOrDesk(Actor actor) {
        if (Access.isOwner(actor, applicant)) {
            return Role.CITIZEN;
        }
        if (actor.actsFor(holder) && actor.hasRole(Role.RECEPTION)) {
            return Role.RECEPTION;
        }
        return requireStaffOf(receivingTenant, actor, Role.RECEPTION);
    }

    /** The receiving desk; online also the citizen submitting or the portal sync (the system). */
    private String requireSubmitter(Actor actor) {
        if (channel == Channel.ONLINE && actor.isSystem()) {
            return Actor.SYSTEM_ROLE;
        }
        if (channel == Channel.ONLINE && Access.isOwner(actor, applicant)) {
            return Role.CITIZEN;
        }
        return requireStaffOf(receivingTenant, actor, Role.RECEPTION);
    }

    private static List<String> requireReasons(List<String> reasons) {
        List<String> why = clean(reasons);
        if (why.isEmpty()) {
            throw new InvalidInput("reasons", "written reasons are required");
        }
        return why;
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    }

    // ---------------------------------------------------------------- state, read

    public Long id() {
        return id;
    }

    public String code() {
        return code.toString();
    }

    public DossierCode dossierCode() {
        return code;
    }

    public Route route() {
        return route;
    }

    public Channel channel() {
        return channel;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String receivingTenant() {
        return receivingTenant;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public DossierStatus status() {
        return status;
    }

    public Stage stage() {
        return stage;
    }

    /** The commands the dossier's status allows now. */
    public List<Command> allowedCommands() {
        return Lifecycle.allowed(status, stage);
    }

    /**
     * What {@code actor} may send now: the status's commands when the actor acts for the unit holding
     * the dossier, none otherwise (a commune sees where its dossier is while the district has it).
     */
    public List<Command> commandsFor(Actor actor) {
        return actor.actsFor(holder) ? allowedCommands() : List.of();
    }

    public String holder() {
        return holder;
    }

    /** Every tenant that received or handled the dossier: those that may see it. */
    public Set<String> participants() {
        return Collections.unmodifiableSet(participants);
    }

    public List<StepExecution> executions() {
        return Collections.unmodifiableList(executions);
    }

    public Optional<StepExecution> currentStep() {
        return openStep();
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** The receipt's clock, null until accepted. */
    public WorkingClock clock() {
        return clock;
    }

    /** The receipt's appointment (moved by every pause), null until accepted. */
    public Instant appointment() {
        return appointment;
    }

    /** The written reasons a RETURN outcome sent ahead to the result step, or null. */
    public List<String> unresolvedReasons() {
        return unresolvedReasons;
    }

    public Instant processingEndedAt() {
        return processingEndedAt;
    }

    /** The dossier's lateness against its appointment, stored when processing ends. */
    public Lateness lateness() {
        return lateness;
    }

    public Resolution resolution() {
        return resolution;
    }

    public ResultDelivery delivery() {
        return delivery;
    }

    public Instant resultReturnedAt() {
        return resultReturnedAt;
    }

    public long historyLength() {
        return historyLength;
    }

    /** The hash of the last history entry: the chain's anchor on the dossier's row. */
    public String historyHead() {
        return historyHead;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "dossier " + code + " (" + status + ", " + route.procedureName() + ")";
    }
}
