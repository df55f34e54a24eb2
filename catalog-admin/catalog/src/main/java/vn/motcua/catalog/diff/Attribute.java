package vn.motcua.catalog.diff;

/**
 * What a change is about: the first six belong to a procedure, the rest to a step. The label is
 * the neutral English text of {@link CatalogDiff#render()}; a UI translates by the constant.
 */
public enum Attribute {
    NATIONAL_CODE("national code", false),
    NAME("name", true),
    FIELD("field", true),
    HANDLING_LEVEL("handling level", false),
    ONLINE_LEVEL("online level", false),
    TOTAL_DAYS("total days", false),
    ACTOR_UNIT("actor unit", true),
    ACTOR_ROLE("actor role", false),
    CONTENT("content", true),
    BUDGET("budget", false),
    LEVEL("level", false);

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
