package vn.motcua.engine.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.motcua.engine.dossier.Command.ACCEPT;
import static vn.motcua.engine.dossier.Command.ASSIGN;
import static vn.motcua.engine.dossier.Command.CLAIM;
import static vn.motcua.engine.dossier.Command.COMPLETE_STEP;
import static vn.motcua.engine.dossier.Command.CONFIRM_FINANCIAL_OBLIGATION;
import static vn.motcua.engine.dossier.Command.END_POSTING;
import static vn.motcua.engine.dossier.Command.RECORD_COMPLAINT;
import static vn.motcua.engine.dossier.Command.REFUSE;
import static vn.motcua.engine.dossier.Command.REQUEST_FINANCIAL_OBLIGATION;
import static vn.motcua.engine.dossier.Command.REQUEST_SUPPLEMENT;
import static vn.motcua.engine.dossier.Command.RESOLVE;
import static vn.motcua.engine.dossier.Command.RESUME_ON_SUPPLEMENT;
import static vn.motcua.engine.dossier.Command.RETURN_RESULT;
import static vn.motcua.engine.dossier.Command.RETURN_TO_STEP;
import static vn.motcua.engine.dossier.Command.START_POSTING;
import static vn.motcua.engine.dossier.Command.STOP;
import static vn.motcua.engine.dossier.Command.TRANSFER;
import static vn.motcua.engine.dossier.Command.WITHDRAW;
import static vn.motcua.engine.dossier.DossierStatus.AWAITING_FINANCIAL_OBLIGATION;
import static vn.motcua.engine.dossier.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.motcua.engine.dossier.DossierStatus.NEWLY_REGISTERED;
import static vn.motcua.engine.dossier.DossierStatus.NOT_RECEIVED;
import static vn.motcua.engine.dossier.DossierStatus.PROCESSED;
import static vn.motcua.engine.dossier.DossierStatus.PROCESSING;
import static vn.motcua.engine.dossier.DossierStatus.RECEIVED;
import static vn.motcua.engine.dossier.DossierStatus.RESULT_RETURNED;
import static vn.motcua.engine.dossier.DossierStatus.STOPPED;
import static vn.motcua.engine.dossier.DossierStatus.WITHDRAWN;
import static vn.motcua.engine.dossier.Stage.HANDLING;
import static vn.motcua.engine.dossier.Stage.RECEPTION;

/**
 * The one table of what a dossier may do: for a command, the status (and {@link Stage}) it is
 * allowed in and the status it leads to. {@link Command#RECEIVE} creates a dossier in
 * {@link #INITIAL}; nothing applies to a {@linkplain DossierStatus#isFinal() final} status.
 * Everything else the aggregate checks (the step, the route, the actor) comes after this table.
 */
public final class Lifecycle {

    /** The status {@link Command#RECEIVE} creates a dossier in. */
    public static final DossierStatus INITIAL = NEWLY_REGISTERED;

    private static final List<Rule> TABLE = List.of(
            // reception: 71/QĐ-UBND step 1 (i) accept, (ii) supplement then check again, (iii) refuse
            rule(ACCEPT, NEWLY_REGISTERED, RECEPTION, RECEIVED),
            rule(REQUEST_SUPPLEMENT, NEWLY_REGISTERED, RECEPTION, AWAITING_SUPPLEMENT),
            rule(REFUSE, NEWLY_REGISTERED, RECEPTION, NOT_RECEIVED),
            rule(CLAIM, NEWLY_REGISTERED, RECEPTION, NEWLY_REGISTERED),
            rule(ASSIGN, NEWLY_REGISTERED, RECEPTION, NEWLY_REGISTERED),
            rule(WITHDRAW, NEWLY_REGISTERED, RECEPTION, WITHDRAWN),
            rule(RESUME_ON_SUPPLEMENT, AWAITING_SUPPLEMENT, RECEPTION, NEWLY_REGISTERED),
            rule(REFUSE, AWAITING_SUPPLEMENT, RECEPTION, NOT_RECEIVED),
            rule(WITHDRAW, AWAITING_SUPPLEMENT, RECEPTION, WITHDRAWN),

            // accepted, not yet taken up: the first act on a step after reception starts the processing
            rule(CLAIM, RECEIVED, HANDLING, PROCESSING),
            rule(ASSIGN, RECEIVED, HANDLING, PROCESSING),
            rule(COMPLETE_STEP, RECEIVED, HANDLING, PROCESSING),
            rule(TRANSFER, RECEIVED, HANDLING, PROCESSING),
            rule(START_POSTING, RECEIVED, HANDLING, PROCESSING),
            rule(RECORD_COMPLAINT, RECEIVED, HANDLING, PROCESSING),
            rule(END_POSTING, RECEIVED, HANDLING, PROCESSING),
            rule(REQUEST_SUPPLEMENT, RECEIVED, HANDLING, AWAITING_SUPPLEMENT),
            rule(REQUEST_FINANCIAL_OBLIGATION, RECEIVED, HANDLING, AWAITING_FINANCIAL_OBLIGATION),
            rule(REFUSE, RECEIVED, HANDLING, PROCESSED),
            rule(RESOLVE, RECEIVED, HANDLING, PROCESSED),
            rule(WITHDRAW, RECEIVED, HANDLING, WITHDRAWN),
            rule(STOP, RECEIVED, HANDLING, STOPPED),

            rule(CLAIM, PROCESSING, HANDLING, PROCESSING),
            rule(ASSIGN, PROCESSING, HANDLING, PROCESSING),
            rule(COMPLETE_STEP, PROCESSING, HANDLING, PROCESSING),
            rule(RETURN_TO_STEP, PROCESSING, HANDLING, PROCESSING),
            rule(TRANSFER, PROCESSING, HANDLING, PROCESSING),
            rule(START_POSTING, PROCESSING, HANDLING, PROCESSING),
            rule(RECORD_COMPLAINT, PROCESSING, HANDLING, PROCESSING),
            rule(END_POSTING, PROCESSING, HANDLING, PROCESSING),
            rule(REQUEST_SUPPLEMENT, PROCESSING, HANDLING, AWAITING_SUPPLEMENT),
            rule(REQUEST_FINANCIAL_OBLIGATION, PROCESSING, HANDLING, AWAITING_FINANCIAL_OBLIGATION),
            rule(REFUSE, PROCESSING, HANDLING, PROCESSED),
            rule(RESOLVE, PROCESSING, HANDLING, PROCESSED),
            rule(WITHDRAW, PROCESSING, HANDLING, WITHDRAWN),
            rule(STOP, PROCESSING, HANDLING, STOPPED),

            // the citizen's time: the clock is paused; a citizen who never answers is stopped, not refused
            rule(RESUME_ON_SUPPLEMENT, AWAITING_SUPPLEMENT, HANDLING, PROCESSING),
            rule(WITHDRAW, AWAITING_SUPPLEMENT, HANDLING, WITHDRAWN),
            rule(STOP, AWAITING_SUPPLEMENT, HANDLING, STOPPED),
            rule(CONFIRM_FINANCIAL_OBLIGATION, AWAITING_FINANCIAL_OBLIGATION, HANDLING, PROCESSING),
            rule(WITHDRAW, AWAITING_FINANCIAL_OBLIGATION, HANDLING, WITHDRAWN),
            rule(STOP, AWAITING_FINANCIAL_OBLIGATION, HANDLING, STOPPED),

            rule(RETURN_RESULT, PROCESSED, HANDLING, RESULT_RETURNED));

    private static final Map<DossierStatus, Map<Stage, Map<Command, DossierStatus>>> BY_STATUS = index();

    private Lifecycle() {
    }

    /** The status {@code command} leads to from {@code status} at {@code stage}; empty when not allowed. */
    public static Optional<DossierStatus> next(Command command, DossierStatus status, Stage stage) {
        return Optional.ofNullable(BY_STATUS.get(status).get(stage).get(command));
    }

    /**
     * The status {@code command} leads to.
     *
     * @throws CommandNotAllowed naming the current status and the commands it allows
     */
    public static DossierStatus require(String dossier, Command command, DossierStatus status, Stage stage) {
        return next(command, status, stage)
                .orElseThrow(() -> new CommandNotAllowed(dossier, command, status, allowed(status, stage)));
    }

    /** The commands allowed in {@code status} at {@code stage}, in {@link Command} order. */
    public static List<Command> allowed(DossierStatus status, Stage stage) {
        return List.copyOf(BY_STATUS.get(status).get(stage).keySet());
    }

    /** The table's rows, in the order written: for documentation and for tests. */
    public static List<Rule> rules() {
        return TABLE;
    }

    /** One cell of the table: {@code command} in {@code from} (at {@code stage}) leads to {@code to}. */
    public record Rule(Command command, DossierStatus from, Stage stage, DossierStatus to) {
    }

    private static Rule rule(Command command, DossierStatus from, Stage stage, DossierStatus to) {
        return new Rule(command, from, stage, to);
    }

    private static Map<DossierStatus, Map<Stage, Map<Command, DossierStatus>>> index() {
        Map<DossierStatus, Map<Stage, Map<Command, DossierStatus>>> index = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            Map<Stage, Map<Command, DossierStatus>> byStage = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                byStage.put(stage, new EnumMap<>(Command.class));
            }
            index.put(status, byStage);
        }
        List<String> duplicates = new ArrayList<>();
        for (Rule r : TABLE) {
            if (index.get(r.from()).get(r.stage()).put(r.command(), r.to()) != null) {
                duplicates.add(r.toString());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("the lifecycle table says twice what " + duplicates + " does");
        }
        return index;
    }
}
