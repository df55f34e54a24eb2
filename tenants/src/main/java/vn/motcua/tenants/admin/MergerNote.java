package vn.motcua.tenants.admin;

import java.util.List;
import java.util.Objects;

/**
 * One line of a merger's outcome, written by the module that carried part of the merged units'
 * setup over (the catalog: adoptions, service days): something carried to the unit they became,
 * or something it could not decide alone and left for that unit's admin.
 *
 * @param key  what kind of line it is, for a screen to say it in the admin's language (null for a line of the history
 *              written before the history kept its values)
 * @param args the values the line names, in the order its translations use them
 * @param text the line in English, as the tenant's history keeps it
 */
public record MergerNote(boolean decisionNeeded, String key, List<String> args, String text) {

    /** Before the key and each value in the history's column: a character no name or setting holds. */
    private static final String SEPARATOR = "\u001F";

    /** The history's column (tenant_event.old_value); a longer value is cut there. */
    private static final int HISTORY_COLUMN = 500;

    public MergerNote {
        args = List.copyOf(args);
        Objects.requireNonNull(text, "text");
    }

    public static MergerNote carried(String key, String text, String... args) {
        return new MergerNote(false, key, List.of(args), text);
    }

    public static MergerNote toDecide(String key, String text, String... args) {
        return new MergerNote(true, key, List.of(args), text);
    }

    /**
     * The key and the values as the tenant's history keeps them, so that a line read back is
     * translated too: the key, then each value, each after a separator (so even a line without
     * values has one, which an older line, the key alone, lacks).
     */
    public String keyAndArgs() {
        return key == null ? null : key + SEPARATOR + String.join(SEPARATOR, args);
    }

    /**
     * A line read back from the history ({@link #keyAndArgs()} beside its English text). An older
     * line (its key alone) or one cut to the column's length keeps only its English text.
     */
    public static MergerNote readBack(boolean decisionNeeded, String keyAndArgs, String text) {
        if (keyAndArgs == null || !keyAndArgs.contains(SEPARATOR) || keyAndArgs.length() >= HISTORY_COLUMN) {
            return new MergerNote(decisionNeeded, null, List.of(), text);
        }
        List<String> parts = List.of(keyAndArgs.split(SEPARATOR, -1));
        List<String> values = parts.size() == 2 && parts.get(1).isEmpty() ? List.of() : parts.subList(1, parts.size());
        return new MergerNote(decisionNeeded, parts.get(0), values, text);
    }
}
