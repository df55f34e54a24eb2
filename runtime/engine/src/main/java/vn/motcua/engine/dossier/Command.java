package vn.motcua.engine.dossier;

/**
 * What someone (or the system, for timers) does to a dossier. Each is one method of
 * {@link Dossier}, one row of the {@link Lifecycle} table and one entry of the dossier's history.
 */
public enum Command {
    /** Register a dossier submitted at the desk, online or by post (creates it). */
    RECEIVE,
    /** The desk's completeness check passed: receipt and appointment (phiếu tiếp nhận và hẹn trả kết quả). */
    ACCEPT,
    /** Ask the citizen to add or correct documents, at reception or while processing. */
    REQUEST_SUPPLEMENT,
    /** The citizen's supplement arrived: the wait ends and the clock runs again. */
    RESUME_ON_SUPPLEMENT,
    /** Ask the citizen to pay a fee or tax before the processing goes on. */
    REQUEST_FINANCIAL_OBLIGATION,
    /** The payment was made: the wait ends and the clock runs again. */
    CONFIRM_FINANCIAL_OBLIGATION,
    /** Refuse the dossier with written reasons: at reception it is not received; later it is answered with a refusal. */
    REFUSE,
    /** Take the current step: the caller becomes its assignee. */
    CLAIM,
    /** A leader gives the current step to a named person. */
    ASSIGN,
    /** End the current step with one of its outcomes; the route says which step comes next. */
    COMPLETE_STEP,
    /** Send the dossier back to an earlier step of the same unit, with reasons; the earlier pass is kept. */
    RETURN_TO_STEP,
    /** End the current step by handing the dossier to the unit of another level that does the next step, and back. */
    TRANSFER,
    /** A public posting step's list goes up; it comes down by itself after the posting's working days. */
    START_POSTING,
    /** A complaint against the posted list: the posting no longer ends the step by itself. */
    RECORD_COMPLAINT,
    /** The posting's time is up (a timer, the system). */
    END_POSTING,
    /** The citizen withdraws the dossier. */
    WITHDRAW,
    /** The authority stops processing (Decree 118/2025 art. 21(2), form 05). */
    STOP,
    /** The last counted step ends: the result (or the unresolved answer) is ready at the desk. */
    RESOLVE,
    /** Hand the result over by the chosen channel, recording who received it. */
    RETURN_RESULT
}
