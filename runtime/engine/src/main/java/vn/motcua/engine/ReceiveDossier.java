package vn.motcua.engine;

/** The command a desk (or a portal) issues to receive a dossier for a procedure in effect. */
public record ReceiveDossier(long procedureId, Applicant applicant, SubmissionChannel channel) {
}
