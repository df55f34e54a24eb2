package vn.motcua.engine.read;

import java.time.Instant;

/**
 * A dossier in a list: the queue's columns.
 *
 * @param standing how it stands against its appointment: the lateness stored when processing ended
 *                 (EARLY, ON_TIME, LATE), else as it would be were it ended now, with ABOUT_TO_BE_LATE
 *                 inside the warning window; PAUSED while the citizen holds it; null before acceptance
 */
public record DossierSummary(String code, String status, String procedureName, String applicant, String holder,
                             String step, String stepRole, String assignee, Instant stepDueAt, Instant appointment,
                             boolean late, long version, String standing) {
}
