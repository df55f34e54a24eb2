package vn.motcua.tenants.admin;

import java.util.List;
import java.util.Objects;

/**
 * One line of a merger's outcome, written by the module that carried part of the merged units'
 * setup over (the catalog: adoptions, service days): something carried to the unit they became,
 * or something it could not decide alone and left for that unit's admin.
 *
 * @param key  what kind of line it is, for a screen to say it in the admin's language (null when read back from the history)
 * @param args the values the line names, in the order its translations use them
 * @param text the line in English, as the tenant's history keeps it
 */
public record MergerNote(boolean decisionNeeded, String key, List<String> args, String text) {

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
}
