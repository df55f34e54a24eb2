package vn.motcua.catalog.version;

/**
 * Where a dossier goes when a step ends one way or another. The branches are the ones the
 * decisions write out, e.g. Quảng Trị 71/QĐ-UBND step 4.2 of the monthly allowance: eligible, draft
 * the decision (go on); not eligible, written reasons and "trả không giải quyết" back to the
 * commune's desk (return); and at every reception step: ask for a supplement, or refuse.
 */
public enum OutcomeKind {
    /** On to the next step, or to the step named (the dossier is eligible, the check passed). */
    PROCEED,
    /** Back to the step named, with written reasons: the commune desk tells the citizen. */
    RETURN,
    /** Yêu cầu bổ sung: the dossier waits for the citizen and the clock pauses; the step resumes. */
    SUPPLEMENT,
    /** Từ chối: the dossier ends without a result, with written reasons. */
    REFUSE;

    /** Whether an outcome of this kind must name the step the dossier goes to. */
    public boolean needsTarget() {
        return this == RETURN;
    }

    /** Whether an outcome of this kind may name a step at all. */
    public boolean takesTarget() {
        return this == PROCEED || this == RETURN;
    }
}
