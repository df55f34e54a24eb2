package vn.motcua.engine.dossier;

/** Why a step execution ended. */
public enum StepEnding {
    /** Its handler completed it (accept, complete, transfer, resolve, or a posting's end). */
    COMPLETED,
    /** Sent back: to an earlier step, or ahead unresolved (a RETURN outcome). */
    RETURNED,
    /** The desk asked for a supplement at reception; the check starts again when it comes. */
    SUPPLEMENT_REQUESTED,
    /** The dossier was refused. */
    REFUSED,
    /** The citizen withdrew the dossier. */
    WITHDRAWN,
    /** Processing was stopped. */
    STOPPED,
    /** The result was handed over (a hand-over step). */
    HANDED_OVER
}
