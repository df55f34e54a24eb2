package vn.motcua.engine.dossier;

/**
 * Whether the desk has accepted the dossier yet. The portal's ten statuses do not say it for a
 * dossier awaiting a supplement, yet it decides what happens next: a dossier still at reception
 * resumes with a new completeness check and, if the citizen cannot complete it, is not received
 * (71/QĐ-UBND step 1 (ii)–(iii)); an accepted one resumes the step it paused.
 */
public enum Stage {
    /** Registered, not yet accepted: no receipt, no appointment. */
    RECEPTION,
    /** Accepted: the receipt's appointment runs. */
    HANDLING
}
