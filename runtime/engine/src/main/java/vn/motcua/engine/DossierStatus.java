package vn.motcua.engine;

public enum DossierStatus {
    /** Received; a step is under way. */
    IN_PROGRESS,
    /** Every step is done and the result was returned to the applicant. */
    COMPLETED
}
