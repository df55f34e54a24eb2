package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a dossier, for the packages that react after the command's transaction commits,
 * through the outbox: notifications and statutory forms (issue 11: the receipt on {@link Accepted},
 * the supplement request on {@link SupplementRequested}, the refusal on {@link Refused}, the apology
 * letter on {@link AboutToBeLate}, the stop notice on {@link Stopped}, the process-control sheet from
 * {@link StepEnded}), the portal sync (every event carries the dossier's code; the status is the
 * command's history entry's), and reports. One command yields several events, in order; none carries
 * personal data beyond the dossier's code.
 */
public sealed interface DossierEvent {

    /** The dossier's code. */
    String dossier();

    Instant at();

    record Received(String dossier, Instant at, String receivingTenant, Channel channel, String procedureName)
            implements DossierEvent {
    }

    /** The receipt and appointment slip (form 01) is due. */
    record Accepted(String dossier, Instant at, Instant appointment, List<String> documentsPresented)
            implements DossierEvent {
    }

    /**
     * @param atReception whether the dossier was not yet accepted (the check starts again on resume)
     */
    record SupplementRequested(String dossier, Instant at, String step, boolean atReception,
                               List<String> missingDocuments, List<String> reasons, String requestedBy)
            implements DossierEvent {
    }

    /** @param appointment the moved appointment; null when the dossier was still at reception */
    record SupplementReceived(String dossier, Instant at, Instant appointment, Duration pausedWorkingTime)
            implements DossierEvent {
    }

    record FinancialObligationRequested(String dossier, Instant at, String description) implements DossierEvent {
    }

    record FinancialObligationConfirmed(String dossier, Instant at, Instant appointment, Duration pausedWorkingTime)
            implements DossierEvent {
    }

    /** @param atReception not received (status 3), or refused while processing (answered with a refusal) */
    record Refused(String dossier, Instant at, boolean atReception, List<String> reasons) implements DossierEvent {
    }

    record StepStarted(String dossier, Instant at, String step, String tenant, String role, String unit, Instant due)
            implements DossierEvent {
    }

    /** A hand-over between people or units: a row of the process-control sheet (form 06). */
    record StepEnded(String dossier, Instant at, String step, String tenant, String by, StepEnding ending,
                     String outcome, Lateness lateness) implements DossierEvent {
    }

    record Assigned(String dossier, Instant at, String step, String assignee) implements DossierEvent {
    }

    /** The dossier moved to the unit of another level, or back. */
    record Transferred(String dossier, Instant at, String fromTenant, String toTenant, String step)
            implements DossierEvent {
    }

    record PostingStarted(String dossier, Instant at, String step, int posting, Instant endsAt) implements DossierEvent {
    }

    record ComplaintRecorded(String dossier, Instant at, String step, int posting) implements DossierEvent {
    }

    record PostingEnded(String dossier, Instant at, String step, int posting, boolean withComplaint)
            implements DossierEvent {
    }

    record Withdrawn(String dossier, Instant at, List<String> reasons) implements DossierEvent {
    }

    /** The notice of stopping (form 05). */
    record Stopped(String dossier, Instant at, List<String> reasons) implements DossierEvent {
    }

    /** Processing ended; the result (or the answer) is ready at {@code holder}'s desk: tell the citizen. */
    record Resolved(String dossier, Instant at, Resolution.Kind resolution, Lateness lateness, String holder)
            implements DossierEvent {
    }

    record ResultReturned(String dossier, Instant at, Channel channel, String receiver) implements DossierEvent {
    }

    /** Due within the warning window: the leader's list, and the apology letter (form 04) to draft. */
    record AboutToBeLate(String dossier, Instant at, Instant appointment, String holder) implements DossierEvent {
    }
}
