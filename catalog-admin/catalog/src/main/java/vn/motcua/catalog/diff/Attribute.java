package vn.motcua.catalog.diff;

/**
 * What a change is about: those up to {@link #FEE} belong to a procedure, the rest to a step. The
 * label is the neutral English text of {@link CatalogDiff#render()}; a UI translates by the
 * constant. A {@link #DOCUMENT} or {@link #FEE} change is one item of the list, added (no old
 * value), removed (no new value) or changed.
 */
public enum Attribute {
    NATIONAL_CODE("national code", false),
    NAME("name", true),
    FIELD("field", true),
    HANDLING_LEVEL("handling level", false),
    ONLINE_LEVEL("online level", false),
    TOTAL_DAYS("total days", false),
    SUBMISSION_CHANNELS("submission channels", false),
    RESULT_CHANNELS("result channels", false),
    NOTIFICATION_CHANNELS("notification channels", false),
    LEGAL_BASIS("legal basis", true),
    DOCUMENT("document", true),
    FEE("fee", true),
    ACTOR_UNIT("actor unit", true),
    ACTOR_ROLE("actor role", false),
    CONTENT("content", true),
    BUDGET("budget", false),
    LEVEL("level", false),
    KIND("kind", false),
    POSTING_DAYS("posting days", false),
    OUTCOMES("outcomes", true);

    private final String label;
    private final boolean text;

    Attribute(String label, boolean text) {
        this.label = label;
        this.text = text;
    }

    public String label() {
        return label;
    }

    /** Free text, quoted when rendered so that its spaces do not run into the arrow. */
    boolean isText() {
        return text;
    }
}
