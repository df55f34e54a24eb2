package vn.motcua.catalog.version;

/** What a step is, for the runtime that executes it. */
public enum StepKind {
    /** Work someone does within the step's budget: receive, appraise, sign, return. */
    TASK,
    /**
     * Niêm yết công khai: a list is posted publicly for a number of working days, during which
     * complaints may come in; the step cannot end before the posting does (71/QĐ-UBND: step 2 of
     * the monthly allowance posts for 2 days; the poverty recognitions post for 3).
     */
    POSTING
}
