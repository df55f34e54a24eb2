package vn.motcua.engine.read;

import java.time.Instant;

/** A dossier in a list: the queue's columns. */
public record DossierSummary(String code, String status, String procedureName, String applicant, String holder,
                             String step, String stepRole, String assignee, Instant stepDueAt, Instant appointment,
                             boolean late, long version) {
}
