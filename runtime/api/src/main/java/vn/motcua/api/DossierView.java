package vn.motcua.api;

import vn.motcua.engine.Dossier;
import vn.motcua.engine.DossierEvent;

import java.time.Instant;
import java.util.List;

/** A dossier as the API shows it; {@code history} is empty in lists. */
public record DossierView(String code, String tenant, long procedureId, String procedureName, long catalogVersionId,
                          String status, String applicant, String channel, Instant receivedAt, Instant appointmentAt,
                          CurrentStep currentStep, long version, List<Event> history) {

    public record CurrentStep(String number, String role, Instant startedAt) {
    }

    public record Event(Instant at, String actor, String type, String step, String statusAfter) {
    }

    static DossierView of(Dossier d, List<DossierEvent> history) {
        CurrentStep step = d.stepNumber() == null ? null : new CurrentStep(d.stepNumber(), d.stepRole(), d.stepStartedAt());
        return new DossierView(d.code(), d.tenantId(), d.procedureId(), d.procedureName(), d.catalogVersionId(),
                d.status().name(), d.applicant().name(), d.channel().name(), d.receivedAt(), d.appointmentAt(), step,
                d.version(), history.stream().map(e -> new Event(e.at(), e.actor(), e.type().name(), e.stepNumber(),
                        e.statusAfter().name())).toList());
    }
}
