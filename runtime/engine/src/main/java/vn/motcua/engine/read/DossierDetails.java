package vn.motcua.engine.read;

import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.engine.dossier.Actor;
import vn.motcua.engine.dossier.Calendars;
import vn.motcua.engine.dossier.Command;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.HistoryEntry;
import vn.motcua.engine.dossier.StepExecution;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Instant;
import java.util.List;

/**
 * A dossier with its applicant, steps, clock and history: what its unit's desk and the supervisors
 * above read, and what every command answers (read in the command's transaction).
 *
 * @param version         the optimistic version: send it as If-Match with the next step command
 * @param pausedMinutes   office time the receipt's clock waited for the citizen
 * @param aboutToBeLate   running and due within the warning window (half a working day)
 * @param late            running past its appointment
 * @param allowedCommands the commands the dossier's status allows
 * @param actions         those the reader may send: the allowed ones when the reader acts for the unit holding it
 * @param route           the route as copied at reception, pinned to {@code catalogVersionId} and the adoption's version
 * @param steps           the executions of its steps so far, a row per pass
 */
public record DossierDetails(String code, String status, int portalStatus, String statusName, String stage,
                             long procedureId, String nationalCode, String procedureName, long catalogVersionId,
                             Long adoptionId, long adoptionVersion, String channel, Applicant applicant,
                             String receivingTenant, String holder, List<String> participants, Instant registeredAt,
                             Instant acceptedAt, Instant appointment, long pausedMinutes, boolean paused,
                             boolean aboutToBeLate, boolean late, Instant processingEndedAt, String lateness,
                             String resolution, List<String> resolutionReasons, Instant resultReturnedAt,
                             StepView currentStep, List<String> allowedCommands, List<String> actions, List<String> documents,
                             List<RouteStepView> route, List<StepView> steps, List<HistoryView> history, long version) {

    public record Applicant(String name, String identityNumber, String address, String phone, String email) {
    }

    public static DossierDetails of(Dossier d, long version, List<HistoryEntry> history, Instant now, Actor reader,
                                    Calendars calendars, WorkingDays window) {
        var a = d.applicant();
        return new DossierDetails(d.code(), d.status().name(), d.status().portalCode(), d.status().vietnameseName(),
                d.stage().name(), d.route().procedureId() == null ? 0 : d.route().procedureId(), d.route().nationalCode(),
                d.route().procedureName(), d.route().pin().catalogVersionId(), d.route().pin().adoptionId(),
                d.route().pin().adoptionVersion(), d.channel().name(),
                new Applicant(a.name(), a.identityNumber(), a.address(), a.phone(), a.email()),
                d.receivingTenant(), d.holder(), List.copyOf(d.participants()), d.registeredAt(), d.acceptedAt(),
                d.appointment(), d.clock() == null ? 0 : d.clock().pausedWorkingTime().toMinutes(),
                d.clock() != null && d.clock().isPaused(), d.isAboutToBeLate(now, window, calendars),
                d.isLate(now, calendars), d.processingEndedAt(), d.lateness() == null ? null : d.lateness().name(),
                d.resolution() == null ? null : d.resolution().kind().name(),
                d.resolution() == null ? List.of() : d.resolution().reasons(), d.resultReturnedAt(),
                d.currentStep().map(StepView::of).orElse(null),
                d.allowedCommands().stream().map(Command::name).toList(),
                d.commandsFor(reader).stream().map(Command::name).toList(),
                d.route().documents().stream().map(RequiredDocument::name).toList(),
                d.route().steps().stream().map(RouteStepView::of).toList(),
                d.executions().stream().map(StepView::of).toList(),
                history.stream().map(HistoryView::of).toList(), version);
    }

    /** The open step's execution, if any. */
    public static StepView current(List<StepExecution> executions) {
        return executions.stream().filter(StepExecution::isOpen).findFirst().map(StepView::of).orElse(null);
    }
}
