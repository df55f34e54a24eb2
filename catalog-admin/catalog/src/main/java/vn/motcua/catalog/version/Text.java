package vn.motcua.catalog.version;

/** Free text as the catalog keeps it: trimmed, and absent rather than blank. */
final class Text {

    private Text() {
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
